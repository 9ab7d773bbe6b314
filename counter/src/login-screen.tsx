import { useT } from '@cac/shared/react';
import type { FormEvent, ReactNode } from 'react';
import { useEffect, useRef, useState } from 'react';
import type { StaffApi } from './staff-api';
import type { StaffSession } from './staff-session';

/** Props of {@link LoginScreen}. */
export type LoginScreenProps = {
  api: StaffApi;
  onSignedIn: (session: StaffSession) => void;
  /** Why the clerk is here again (e.g. the session expired), shown above the form. */
  notice?: string | null;
};

/** Username and PIN. The hub's refusal is shown as it wrote it (Spanish by default). */
export function LoginScreen({ api, onSignedIn, notice }: LoginScreenProps): ReactNode {
  const t = useT();
  const [username, setUsername] = useState('');
  const [pin, setPin] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [submitting, setSubmitting] = useState(false);
  const usernameRef = useRef<HTMLInputElement>(null);
  const pinRef = useRef<HTMLInputElement>(null);

  useEffect(() => {
    // The clerk arrives to type: start in the first field.
    usernameRef.current?.focus();
  }, []);

  async function submit(event: FormEvent<HTMLFormElement>): Promise<void> {
    event.preventDefault();
    if (submitting) return;
    setSubmitting(true);
    setError(null);
    const result = await api.login(username.trim(), pin);
    setSubmitting(false);
    if (result.ok) {
      onSignedIn(result.value);
      return;
    }
    setError(result.error?.message ?? t('counter.login.networkError'));
    // A wrong PIN is the usual mistake: clear it and put the cursor there.
    setPin('');
    pinRef.current?.focus();
  }

  const describedBy = error ? 'login-error' : undefined;
  return (
    <main className="login">
      <form
        className="login__form"
        onSubmit={(event) => void submit(event)}
        aria-labelledby="login-heading"
      >
        <h1 id="login-heading">{t('counter.login.heading')}</h1>
        {notice && <p className="login__notice">{notice}</p>}
        <label htmlFor="login-username">{t('counter.login.username')}</label>
        <input
          ref={usernameRef}
          id="login-username"
          name="username"
          autoComplete="username"
          autoCapitalize="none"
          spellCheck={false}
          required
          value={username}
          onChange={(event) => setUsername(event.target.value)}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy}
        />
        <label htmlFor="login-pin">{t('counter.login.pin')}</label>
        <input
          ref={pinRef}
          id="login-pin"
          name="pin"
          type="password"
          inputMode="numeric"
          autoComplete="current-password"
          required
          value={pin}
          onChange={(event) => setPin(event.target.value)}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy}
        />
        {error && (
          <p id="login-error" className="login__error" role="alert">
            {error}
          </p>
        )}
        <button type="submit" className="button button--primary" disabled={submitting}>
          {submitting ? t('counter.login.submitting') : t('counter.login.submit')}
        </button>
      </form>
    </main>
  );
}
