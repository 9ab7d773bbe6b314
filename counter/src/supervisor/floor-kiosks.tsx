import type { Language } from '@cac/shared/i18n';
import type { KioskStatusView } from '@cac/shared/protocol';
import { useLanguage } from '@cac/shared/react';
import type { ReactNode } from 'react';
import { Fragment } from 'react';
import { formatClock } from './format-time';
import type { CounterTranslate } from '../counter-text';
import { useCounterT } from '../counter-text';

/** Props of {@link FloorKiosks}. */
export type FloorKiosksProps = {
  /** Null until the hub sent the first `kiosks:snapshot`. */
  kiosks: readonly KioskStatusView[] | null;
  timeZone: string;
};

function connectionText(
  kiosk: KioskStatusView,
  t: CounterTranslate,
  clock: (at: number) => string,
): string {
  if (kiosk.connectionSince === null) {
    return t(kiosk.online ? 'supervisor.kiosks.online' : 'supervisor.kiosks.offline');
  }
  const time = clock(kiosk.connectionSince);
  return t(kiosk.online ? 'supervisor.kiosks.onlineSince' : 'supervisor.kiosks.offlineSince', {
    time,
  });
}

function PrinterCell({
  kiosk,
  t,
  clock,
}: {
  kiosk: KioskStatusView;
  t: CounterTranslate;
  clock: (at: number) => string;
}): ReactNode {
  const printer = kiosk.printer;
  if (!printer) return <span>{t('supervisor.printer.unknown')}</span>;
  const trouble = printer.condition !== 'ok';
  const details = [
    t('supervisor.printer.since', { time: clock(printer.since) }),
    t('supervisor.printer.lastTicket', { number: printer.lastNumber }),
    ...(printer.failedInRow > 0
      ? [t('supervisor.printer.failedInRow', { count: printer.failedInRow })]
      : []),
  ];
  return (
    <>
      {trouble ? (
        <strong className="floor-alert">
          <span aria-hidden="true" className="floor-alert__icon">
            ⚠
          </span>
          {t(`supervisor.printer.${printer.condition}`)}
          <span className="floor-alert__tag">{t('supervisor.printer.needsAttention')}</span>
        </strong>
      ) : (
        <span className="floor-state floor-state--free">{t('supervisor.printer.ok')}</span>
      )}
      {/* Lines break between the details, never inside one ("R-" / "003"). */}
      <span className="floor-state__detail">
        {details.map((detail, index) => (
          <Fragment key={detail}>
            {index > 0 ? ' · ' : null}
            <span className="floor-nowrap">{detail}</span>
          </Fragment>
        ))}
      </span>
      {printer.message ? <span className="floor-state__detail">{printer.message}</span> : null}
    </>
  );
}

/**
 * Each kiosk: connected or not since when, who prints its tickets, and its printer's state from
 * the latest outcomes (since when, the last ticket concerned, how many did not print). Any
 * trouble is said in words with a warning sign.
 */
export function FloorKiosks({ kiosks, timeZone }: FloorKiosksProps): ReactNode {
  const t = useCounterT();
  const language: Language = useLanguage();
  const clock = (at: number): string => formatClock(at, timeZone, language);
  let content: ReactNode;
  if (kiosks === null) content = <p>{t('supervisor.kiosks.loading')}</p>;
  else if (kiosks.length === 0) content = <p>{t('supervisor.kiosks.none')}</p>;
  else {
    content = (
      <table className="data-table">
        <thead>
          <tr>
            <th scope="col">{t('supervisor.kiosks.kiosk')}</th>
            <th scope="col">{t('supervisor.kiosks.connection')}</th>
            <th scope="col">{t('supervisor.kiosks.printer')}</th>
          </tr>
        </thead>
        <tbody>
          {kiosks.map((kiosk) => {
            const trouble =
              !kiosk.online || (kiosk.printer !== null && kiosk.printer.condition !== 'ok');
            return (
              <tr key={kiosk.deviceId} className={trouble ? 'floor-row--alert' : undefined}>
                <th scope="row">
                  {kiosk.name}
                  <span className="floor-state__detail">
                    {t(
                      kiosk.printsAtHub
                        ? 'supervisor.printer.source.hub'
                        : kiosk.printer?.source === 'browser'
                          ? 'supervisor.printer.source.browser'
                          : 'supervisor.printer.source.bridge',
                    )}
                  </span>
                </th>
                <td>
                  {kiosk.online ? (
                    connectionText(kiosk, t, clock)
                  ) : (
                    <strong className="floor-alert">
                      <span aria-hidden="true" className="floor-alert__icon">
                        ⚠
                      </span>
                      {connectionText(kiosk, t, clock)}
                    </strong>
                  )}
                </td>
                <td>
                  <PrinterCell kiosk={kiosk} t={t} clock={clock} />
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    );
  }
  return (
    <section className="panel floor-panel" aria-labelledby="floor-kiosks-heading">
      <h3 id="floor-kiosks-heading">{t('supervisor.kiosks.heading')}</h3>
      {content}
    </section>
  );
}
