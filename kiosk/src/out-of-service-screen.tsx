import { useT } from '@cac/shared/react';
import type { ReactNode } from 'react';
import { ListenButton } from './listen-button';
import { messageSpeech } from './speech/spoken-text';

/** Props of {@link OutOfServiceScreen}. */
export type OutOfServiceScreenProps = {
  /** A technical reason to show in small print (e.g. the hub's refusal), if any. */
  detail?: string | undefined;
};

/** Shown while the hub cannot be reached: no ticket can be taken. It goes when the hub is back. */
export function OutOfServiceScreen({ detail }: OutOfServiceScreenProps): ReactNode {
  const t = useT();
  return (
    <main className="kiosk-message kiosk-message--out">
      <svg
        className="kiosk-message__icon"
        viewBox="0 0 64 64"
        fill="none"
        stroke="currentColor"
        strokeWidth="4"
        strokeLinecap="round"
        aria-hidden="true"
        focusable="false"
      >
        <circle cx="32" cy="32" r="26" />
        <path d="M32 16v18l10 8" />
      </svg>
      <h1>{t('kiosk.outOfService.heading')}</h1>
      <p>{t('kiosk.outOfService.body')}</p>
      {detail && <p className="kiosk-message__detail">{detail}</p>}
      <div className="kiosk-message__actions">
        <ListenButton
          text={messageSpeech(t('kiosk.outOfService.heading'), t('kiosk.outOfService.body'))}
        />
      </div>
    </main>
  );
}
