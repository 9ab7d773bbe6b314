import { useClock, useHubState } from '@cac/shared/react';
import type { ReactNode } from 'react';
import { useDisplayT } from './display-text';
import { ReconnectingNotice } from './reconnecting-notice';
import { SoundPrompt } from './sound-prompt';

/** Props of {@link DisplayHeader}. */
export type DisplayHeaderProps = { logoUrl: string | null };

/**
 * Office logo and name, date and clock (the office's time zone — America/Lima — corrected by the
 * hub's clock, never the PC's), with the discreet notices between them: "Reconectando…", and the
 * button that lets the browser play sound.
 */
export function DisplayHeader({ logoUrl }: DisplayHeaderProps): ReactNode {
  const { office, serverOffsetMs } = useHubState();
  const t = useDisplayT();
  const clock = useClock(office?.timeZone ?? 'America/Lima', serverOffsetMs);
  return (
    <header className="display-header">
      <div className="display-header__office">
        {logoUrl && (
          <img
            className="display-header__logo"
            src={logoUrl}
            alt={t('screen.logo', { municipality: office?.municipality ?? '' })}
          />
        )}
        <div>
          <h1 className="display-header__name">{office?.name ?? t('display.documentTitle')}</h1>
          <p className="display-header__municipality">{office?.municipality}</p>
        </div>
      </div>
      <div className="display-header__notices">
        <ReconnectingNotice />
        <SoundPrompt />
      </div>
      <div className="display-header__clock">
        <p className="display-header__time">
          <time dateTime={new Date(clock.now).toISOString()}>{clock.time}</time>
        </p>
        <p className="display-header__date">{clock.date}</p>
      </div>
    </header>
  );
}
