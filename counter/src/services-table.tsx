import { serviceQueueSummary } from '@cac/shared/domain';
import { useHubState, useNow, useT } from '@cac/shared/react';
import type { ReactNode } from 'react';

/** Each active service's queue: waiting, of whom preferential, and the estimated wait. */
export function ServicesTable(): ReactNode {
  const { office, state, rules, serverOffsetMs } = useHubState();
  const t = useT();
  const now = useNow(serverOffsetMs);
  if (!office || !state || !rules) return null;
  return (
    <section className="panel" aria-labelledby="services-heading">
      <h2 id="services-heading">{t('counter.services.heading')}</h2>
      <table className="data-table">
        <thead>
          <tr>
            <th scope="col">{t('counter.services.service')}</th>
            <th scope="col">{t('counter.services.waiting')}</th>
            <th scope="col">{t('counter.services.preferential')}</th>
            <th scope="col">{t('counter.services.estimate')}</th>
          </tr>
        </thead>
        <tbody>
          {office.services
            .filter((service) => service.active)
            .map((service) => {
              const summary = serviceQueueSummary(state, rules, service.id, now);
              return (
                <tr key={service.id}>
                  <th scope="row">
                    <span className="service-prefix" style={{ backgroundColor: service.colour }}>
                      {service.prefix}
                    </span>
                    {service.name}
                  </th>
                  <td className="data-table__number">{summary.waiting}</td>
                  <td className="data-table__number">{summary.preferentialWaiting}</td>
                  <td className="data-table__number">
                    {t('common.minutes', { count: summary.estimatedWaitMin })}
                  </td>
                </tr>
              );
            })}
        </tbody>
      </table>
    </section>
  );
}
