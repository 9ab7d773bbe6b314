import type { LiveState, WindowState } from '@cac/shared/domain';
import type { ServiceView } from '@cac/shared/protocol';
import type { ReactNode } from 'react';
import { useCounterT } from '../counter-text';
import { deskQueues } from './desk-queues';
import { wholeMinutes } from './elapsed';

/** Props of {@link MyQueues}. */
export type MyQueuesProps = {
  state: LiveState;
  window: WindowState;
  services: readonly ServiceView[];
  now: number;
};

/** "Mis colas": per service of the window, who waits, of whom preferential, and the longest wait. */
export function MyQueues({ state, window, services, now }: MyQueuesProps): ReactNode {
  const t = useCounterT();
  const rows = deskQueues(state, window);
  return (
    <section className="panel queues" aria-labelledby="queues-heading">
      <h2 id="queues-heading">{t('clerk.queues.heading')}</h2>
      <ul className="queues__list">
        {rows.map((row) => {
          const service = services.find((candidate) => candidate.id === row.serviceId);
          const name = service?.name ?? row.serviceId;
          return (
            <li key={row.serviceId} className="queue-card" aria-label={name}>
              <p className="queue-card__name">
                <span
                  className="service-prefix"
                  style={{ backgroundColor: service?.colour }}
                  aria-hidden="true"
                >
                  {service?.prefix}
                </span>
                <span>
                  {name}
                  {row.reservedOnly && (
                    <span className="queue-card__reserved"> · {t('clerk.queues.reserved')}</span>
                  )}
                </span>
              </p>
              <dl className="queue-card__figures">
                <div>
                  <dt>{t('clerk.queues.waiting')}</dt>
                  <dd data-figure="waiting">{row.waiting}</dd>
                </div>
                <div>
                  <dt>{t('clerk.queues.preferential')}</dt>
                  <dd data-figure="preferential">{row.preferential}</dd>
                </div>
                <div>
                  <dt>{t('clerk.queues.oldest')}</dt>
                  <dd data-figure="oldest">
                    {row.oldestArrivalAt === null
                      ? t('counter.none')
                      : t('common.minutes', { count: wholeMinutes(row.oldestArrivalAt, now) })}
                  </dd>
                </div>
              </dl>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
