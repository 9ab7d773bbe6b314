import { useT } from '@cac/shared/react';
import type { ReactNode } from 'react';
import { useReturnHome } from './use-return-home';

/** Props of {@link ErrorScreen}. */
export type ErrorScreenProps = {
  /** What went wrong, in the citizen's language. */
  message: string;
  onDone: () => void;
};

/** A ticket could not be issued: say so plainly, then go back to the services. */
export function ErrorScreen({ message, onDone }: ErrorScreenProps): ReactNode {
  const t = useT();
  useReturnHome(onDone);
  return (
    <main className="kiosk-message">
      <h1>{t('kiosk.error.heading')}</h1>
      <p role="alert">{message}</p>
      <button type="button" className="kiosk-big-button" onClick={onDone}>
        {t('kiosk.error.back')}
      </button>
    </main>
  );
}
