import { serviceQueueSummary } from '@cac/shared/domain';
import { ServiceIcon, useHubState, useNow, useT } from '@cac/shared/react';
import type { ReactNode } from 'react';
import { showsService } from './zone';

/** Per service, in a strip of cards: people waiting and the estimated wait of a ticket taken now. */
export function QueueList(): ReactNode {
  const { office, state, rules, session, serverOffsetMs } = useHubState();
  const t = useT();
  const now = useNow(serverOffsetMs);
  const services = (office?.services ?? []).filter(
    (service) => service.active && showsService(session, service.id),
  );
  return (
    <section className="queues" aria-labelledby="queues-heading">
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
