import { serviceQueueSummary } from '@cac/shared/domain';
import { ServiceIcon, useHubState, useNow, useT } from '@cac/shared/react';
import type { ReactNode } from 'react';
import { showsService } from './zone';

/** Per service: people waiting and the estimated wait of a ticket taken now. */
export function QueueList(): ReactNode {
  const { office, state, rules, session, serverOffsetMs } = useHubState();
  const t = useT();
  const services = (office?.services ?? []).filter(
    (service) => service.active && showsService(session, service.id),
  );
  const now = useNow(serverOffsetMs);
  return (
    <section className="queues" aria-labelledby="queues-heading">
      <h2 id="queues-heading">{t('display.queues.heading')}</h2>
      <table>
        <thead>
          <tr>
            <th scope="col">{t('display.queues.service')}</th>
            <th scope="col">{t('display.queues.waiting')}</th>
            <th scope="col">{t('display.queues.estimate')}</th>
          </tr>
        </thead>
        <tbody>
          {services.map((service) => {
            const summary =
              state && rules ? serviceQueueSummary(state, rules, service.id, now) : null;
            return (
              <tr key={service.id}>
                <th scope="row">
                  <span className="queues__icon" style={{ backgroundColor: service.colour }}>
                    <ServiceIcon icon={service.icon} />
                  </span>
                  {service.name}
                </th>
                <td className="queues__waiting">{summary?.waiting ?? '—'}</td>
                <td>{summary ? t('common.minutes', { count: summary.estimatedWaitMin }) : '—'}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}
