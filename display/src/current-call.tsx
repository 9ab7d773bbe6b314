import type { CallRecord } from '@cac/shared/domain';
import { useT } from '@cac/shared/react';
import type { ReactNode } from 'react';

/** Props of {@link CurrentCall}. */
export type CurrentCallProps = {
  call: CallRecord | null;
  windowName: (windowId: string) => string;
};

/** The latest call, as large as the screen allows: the number and where to go. */
export function CurrentCall({ call, windowName }: CurrentCallProps): ReactNode {
  const t = useT();
  return (
    <section className="current-call" aria-labelledby="current-call-heading" aria-live="polite">
      <h2 id="current-call-heading" className="current-call__label">
        {t('display.current.heading')}
      </h2>
      {call ? (
        // The key restarts the highlight animation on every new call or recall.
        <div className="current-call__body" key={`${call.ticketId}-${call.callCount}`}>
          <p className="current-call__number">{call.number}</p>
          <p className="current-call__go">{t('display.current.goTo')}</p>
          <p className="current-call__window">{windowName(call.windowId)}</p>
        </div>
      ) : (
        <p className="current-call__none">{t('display.current.none')}</p>
      )}
    </section>
  );
}
