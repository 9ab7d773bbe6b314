import type { LiveState } from '@cac/shared/domain';
import type { OfficeView } from '@cac/shared/protocol';
import type { ReactNode } from 'react';
import { floorServices, isOverTarget } from './floor-model';
import { wholeMinutes } from './format-time';
import { useCounterT } from '../counter-text';

/** Props of {@link FloorServices}. */
export type FloorServicesProps = { office: OfficeView; state: LiveState; now: number };

/**
 * Every service's queue: waiting, of whom preferential, the longest wait, and whether that wait
 * has passed the service's target. Past the target the row says so in words with a warning sign,
 * not only in colour.
 */
export function FloorServices({ office, state, now }: FloorServicesProps): ReactNode {
  const t = useCounterT();
  const services = floorServices(office, state);
  return (
    <section className="panel floor-panel" aria-labelledby="floor-services-heading">
      <h3 id="floor-services-heading">{t('supervisor.services.heading')}</h3>
      <table className="data-table">
        <thead>
          <tr>
            <th scope="col">{t('supervisor.services.service')}</th>
            <th scope="col">{t('supervisor.services.waiting')}</th>
            <th scope="col">{t('supervisor.services.preferential')}</th>
            <th scope="col">{t('supervisor.services.oldest')}</th>
            <th scope="col">{t('supervisor.services.target')}</th>
          </tr>
        </thead>
        <tbody>
          {services.map((service) => {
            const over = isOverTarget(service, now);
            const target = t('supervisor.services.minutes', { count: service.slaTargetMin });
            return (
              <tr
                key={service.id}
                className={over ? 'floor-row--alert' : undefined}
                data-over-target={over}
              >
                <th scope="row">
                  <span className="floor-service">
                    {/* The name says it; the letter is for the eye (as on the clerk's screens). */}
                    <span
                      className="service-prefix"
                      style={{ backgroundColor: service.colour }}
                      aria-hidden="true"
                    >
                      {service.prefix}
                    </span>
                    <span>{service.name}</span>
                  </span>
                </th>
                <td className="data-table__number">{service.waiting}</td>
                <td className="data-table__number">{service.preferentialWaiting}</td>
                {/* "Nadie espera" is words, not a figure: it may wrap. */}
                <td className={service.oldestArrivalAt === null ? undefined : 'data-table__number'}>
                  {service.oldestArrivalAt === null
                    ? t('supervisor.services.nobody')
                    : t('supervisor.services.minutes', {
                        count: wholeMinutes(now - service.oldestArrivalAt),
                      })}
                </td>
                <td>
                  {over ? (
                    <strong className="floor-alert">
                      <span aria-hidden="true" className="floor-alert__icon">
                        ⚠
                      </span>
                      {t('supervisor.services.overTargetBy', { target: service.slaTargetMin })}
                    </strong>
                  ) : (
                    target
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}
