import type { CallRecord } from '@cac/shared/domain';
import { useT } from '@cac/shared/react';
import type { ReactNode } from 'react';

/** Props of {@link RecentCalls}. */
export type RecentCallsProps = {
  /** Newest first, without the featured call. */
  calls: readonly CallRecord[];
  windowName: (windowId: string) => string;
};

/** The calls before the current one, for whoever looked away at the wrong moment. */
export function RecentCalls({ calls, windowName }: RecentCallsProps): ReactNode {
  const t = useT();
  return (
    <section className="recent-calls" aria-labelledby="recent-calls-heading">
      <h2 id="recent-calls-heading">{t('display.recent.heading')}</h2>
      {calls.length === 0 ? (
        <p className="recent-calls__none">{t('display.recent.none')}</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th scope="col">{t('display.recent.number')}</th>
              <th scope="col">{t('display.recent.window')}</th>
            </tr>
          </thead>
          <tbody>
            {calls.map((call) => (
              <tr key={`${call.ticketId}-${call.callCount}`}>
                <td className="recent-calls__number">{call.number}</td>
                <td>{windowName(call.windowId)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
