import type { CallRecord } from '@cac/shared/domain';
import type { ReactNode } from 'react';
import { callKey } from './calls/visible-calls';
import { useDisplayT } from './display-text';

/** Props of {@link RecentCalls}. */
export type RecentCallsProps = {
  /** Newest first. */
  calls: readonly CallRecord[];
  windowName: (windowId: string) => string;
  /**
   * The first row is the call just made (the media panel has the stage, so the newest call is
   * not featured): it is marked "Último".
   */
  latestFirst: boolean;
};

/** The calls before the current one, for whoever looked away at the wrong moment. */
export function RecentCalls({ calls, windowName, latestFirst }: RecentCallsProps): ReactNode {
  const t = useDisplayT();
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
            {calls.map((call, index) => {
              const latest = latestFirst && index === 0;
              return (
                <tr
                  key={callKey(call)}
                  className={latest ? 'recent-calls__latest' : undefined}
                  data-call={callKey(call)}
                >
                  <td className="recent-calls__number">
                    {call.number}
                    {latest && (
                      <span className="recent-calls__tag">{t('screen.recent.latest')}</span>
                    )}
                  </td>
                  <td>{windowName(call.windowId)}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </section>
  );
}
