import type { AppError } from '@cac/shared/protocol';
import { describeError, useLanguage, useT } from '@cac/shared/react';
import type { ReactNode } from 'react';
import { useKioskSettings } from './kiosk-settings-context';
import { ListenButton } from './listen-button';
import { messageSpeech } from './speech/spoken-text';
import { useReturnHome } from './use-return-home';

/** Props of {@link ErrorScreen}. */
export type ErrorScreenProps = {
  /** Why the hub (or the link to it) refused the ticket; described in the citizen's language. */
  error: AppError;
  onDone: () => void;
};

/** A ticket could not be issued: say so plainly, then go back to the services. */
export function ErrorScreen({ error, onDone }: ErrorScreenProps): ReactNode {
  const t = useT();
  const language = useLanguage();
  const { returnAfterMs } = useKioskSettings();
  useReturnHome(onDone, returnAfterMs);
  const message = describeError(error, t, language);
  return (
    <main className="kiosk-message">
      <h1>{t('kiosk.error.heading')}</h1>
      <p role="alert">{message}</p>
      <div className="kiosk-message__actions">
        <ListenButton text={messageSpeech(t('kiosk.error.heading'), message)} />
        <button type="button" className="kiosk-big-button" onClick={onDone}>
          {t('kiosk.error.back')}
        </button>
      </div>
    </main>
  );
}
