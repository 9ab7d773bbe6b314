import { serviceQueueSummary } from '@cac/shared/domain';
import { ServiceIcon, useHubState, useNow } from '@cac/shared/react';
import type { ReactNode } from 'react';
import { useDisplayT } from './display-text';
import type { ZoneFilter } from './zone';
import { showsService } from './zone';

/** Props of {@link QueueList}. */
export type QueueListProps = { zone: ZoneFilter };

/** Per service of the zone: people waiting and the estimated wait of a ticket taken now. */
export function QueueList({ zone }: QueueListProps): ReactNode {
  const { office, state, rules, serverOffsetMs } = useHubState();
  const t = useDisplayT();
  const now = useNow(serverOffsetMs);
  const services = (office?.services ?? []).filter(
    (service) => service.active && showsService(zone, service.id, office),
  );
  return (
    <section className="queues" aria-labelledby="queues-heading" data-count={services.length}>
      <h2 id="queues-heading" className="queues__heading">
        {t('display.queues.heading')}
      </h2>
      <ul className="queues__list">
        {services.map((service) => {
          const summary =
            state && rules ? serviceQueueSummary(state, rules, service.id, now) : null;
          return (
            <li key={service.id} className="queue" style={{ borderColor: service.colour }}>
              <p className="queue__name">
                <span className="queue__icon" style={{ backgroundColor: service.colour }}>
                  <ServiceIcon icon={service.icon} />
                </span>
                {service.name}
              </p>
              <p className="queue__figures">
                <span className="queue__waiting">
                  {summary ? t('display.queues.people', { count: summary.waiting }) : '—'}
                </span>
                {summary && summary.waiting > 0 && (
                  <span className="queue__estimate">
                    {t('display.queues.wait', { minutes: summary.estimatedWaitMin })}
                  </span>
                )}
              </p>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
