import type { CallRecord, Category } from '@cac/shared/domain';
import type { ServiceView } from '@cac/shared/protocol';
import type { CSSProperties, ReactNode } from 'react';
import { callKey } from './calls/visible-calls';
import type { DisplayTextKey } from './display-text';
import { useDisplayT } from './display-text';

/** Props of {@link CurrentCall}. */
export type CurrentCallProps = {
  call: CallRecord | null;
  windowName: (windowId: string) => string;
  service: ServiceView | undefined;
};

const RECALLS: Readonly<Record<number, DisplayTextKey>> = {
  2: 'screen.current.recall.2',
  3: 'screen.current.recall.3',
  4: 'screen.current.recall.4',
  5: 'screen.current.recall.5',
};

const CATEGORIES: Readonly<Record<Exclude<Category, 'none'>, DisplayTextKey>> = {
  pregnant: 'screen.category.pregnant',
  senior: 'screen.category.senior',
  disability: 'screen.category.disability',
  child: 'screen.category.child',
};

/**
 * The call just made, as large as the screen allows: the number and where to go, then the service
 * and the preferential category (never a name: a ticket carries none). A recall says "Segundo
 * llamado" above the number. The panel pulses for a few seconds after each call or recall.
 */
export function CurrentCall({ call, windowName, service }: CurrentCallProps): ReactNode {
  const t = useDisplayT();
  const recall =
    call && call.callCount >= 2 ? t(RECALLS[call.callCount] ?? 'screen.current.recall.more') : null;
  const category = call && call.category !== 'none' ? t(CATEGORIES[call.category]) : null;
  // The number's size follows its length (R-023 vs RC-1000) so that it always fits the panel.
  const numberStyle: CSSProperties & { '--chars': number } = {
    '--chars': call?.number.length ?? 5,
  };
  return (
    <section className="current-call" aria-labelledby="current-call-heading" aria-live="polite">
      <h2 id="current-call-heading" className="current-call__label">
        {t('display.current.heading')}
      </h2>
      {call ? (
        // The key restarts the pulse on every new call or recall.
        <div className="current-call__body" key={callKey(call)} data-call={callKey(call)}>
          {recall && <p className="current-call__recall">{recall}</p>}
          <p className="current-call__number" style={numberStyle}>
            {call.number}
          </p>
          <p className="current-call__go">{t('display.current.goTo')}</p>
          <p className="current-call__window">{windowName(call.windowId)}</p>
          {(service || category) && (
            <p className="current-call__details">
              {service && <span className="current-call__service">{service.name}</span>}
              {category && (
                <span className="current-call__category">
                  {t('screen.current.preferential')} · {category}
                </span>
              )}
            </p>
          )}
        </div>
      ) : (
        <p className="current-call__none">{t('display.current.none')}</p>
      )}
    </section>
  );
}
