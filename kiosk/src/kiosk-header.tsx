import { useClock, useHubState } from '@cac/shared/react';
import type { ReactNode } from 'react';

/** Office name and Lima clock, at the top of the home screen. */
export function KioskHeader(): ReactNode {
  const { office, serverOffsetMs } = useHubState();
  const clock = useClock(office?.timeZone ?? 'America/Lima', serverOffsetMs);
  return (
    <header className="kiosk-header">
      <div className="kiosk-header__office">
        <p className="kiosk-header__municipality">{office?.municipality}</p>
        <h1 className="kiosk-header__name">{office?.name}</h1>
      </div>
      <div className="kiosk-header__clock">
        <p className="kiosk-header__time">
          <time dateTime={new Date(clock.now).toISOString()}>{clock.time}</time>
        </p>
        <p className="kiosk-header__date">{clock.date}</p>
      </div>
    </header>
  );
}
