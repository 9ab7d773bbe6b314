import { ConnectionBanner, useClock, useHubState, useT } from '@cac/shared/react';
import type { ReactNode } from 'react';

/**
 * Office name, date and clock (Lima time, corrected by the hub's clock), with the discreet
 * "Reconectando…" notice between them when the link drops.
 */
export function DisplayHeader(): ReactNode {
  const { office, serverOffsetMs } = useHubState();
  const t = useT();
  const clock = useClock(office?.timeZone ?? 'America/Lima', serverOffsetMs);
  return (
    <header className="display-header">
      <div>
        <h1 className="display-header__name">{office?.name ?? t('display.documentTitle')}</h1>
        <p className="display-header__municipality">{office?.municipality}</p>
      </div>
      <ConnectionBanner variant="discreet" />
      <div className="display-header__clock">
        <p className="display-header__time">
          <time dateTime={new Date(clock.now).toISOString()}>{clock.time}</time>
        </p>
        <p className="display-header__date">{clock.date}</p>
      </div>
    </header>
  );
}
