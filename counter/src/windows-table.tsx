import { useHubState, useT } from '@cac/shared/react';
import type { ReactNode } from 'react';
import { windowActivity } from './window-state';

/** Every window of the office with its state and the ticket it holds. */
export function WindowsTable(): ReactNode {
  const { office, state } = useHubState();
  const t = useT();
  if (!office || !state) return null;
  const staffNames = new Map(office.staff.map((person) => [person.id, person.name]));
  return (
    <section className="panel" aria-labelledby="windows-heading">
      <h2 id="windows-heading">{t('counter.windows.heading')}</h2>
      <table className="data-table">
        <thead>
          <tr>
            <th scope="col">{t('counter.windows.window')}</th>
            <th scope="col">{t('counter.windows.state')}</th>
            <th scope="col">{t('counter.windows.clerk')}</th>
            <th scope="col">{t('counter.windows.ticket')}</th>
          </tr>
        </thead>
        <tbody>
          {office.windows.map((configured) => {
            const live = state.windows[configured.id];
            const activity = windowActivity(live, state);
            return (
              <tr key={configured.id}>
                <th scope="row">{configured.name}</th>
                <td>
                  <span
                    className={`window-state window-state--${activity.label.split('.').at(-1)}`}
                  >
                    {t(activity.label)}
                  </span>
                </td>
                <td>
                  {live?.status !== 'closed' && live?.clerkId
                    ? (staffNames.get(live.clerkId) ?? live.clerkId)
                    : t('counter.none')}
                </td>
                <td className="data-table__number">{activity.ticketNumber ?? t('counter.none')}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}
