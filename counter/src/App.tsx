import type { HubClient, HubClientOptions } from '@cac/shared/client';
import type { CounterClientEvents } from '@cac/shared/protocol';
import { ConnectedHubProvider, useT } from '@cac/shared/react';
import type { ReactNode } from 'react';
import { useCallback, useState } from 'react';
import { CounterHome } from './counter-home';
import { LoginScreen } from './login-screen';
import type { StaffApi } from './staff-api';
import type { SessionStore, StaffSession } from './staff-session';
import { clearSession, loadSession, saveSession } from './staff-session';

/** Props of {@link App}. */
export type AppProps = {
  /** The hub: the origin that served this page. */
  origin: string;
  api: StaffApi;
  /** `sessionStorage`, or null where it is unavailable. */
  store: SessionStore | null;
  /** Builds the hub client; the real one unless a test injects a fake. */
  createClient?: (options: HubClientOptions) => HubClient<never>;
};

/** The counter app: sign in, then the live view over the /counter namespace. */
export function App({ origin, api, store, createClient }: AppProps): ReactNode {
  const t = useT();
  const [session, setSession] = useState<StaffSession | null>(() => loadSession(store));
  const [notice, setNotice] = useState<string | null>(null);

  const signIn = useCallback(
    (signedIn: StaffSession) => {
      saveSession(store, signedIn);
      setNotice(null);
      setSession(signedIn);
    },
    [store],
  );
  const end = useCallback(
    (why: string | null) => {
      clearSession(store);
      setNotice(why);
      setSession(null);
    },
    [store],
  );
  const signOut = useCallback(() => {
    if (session) void api.logout(session.token);
    end(null);
  }, [api, session, end]);
  const sessionEnded = useCallback(() => end(t('counter.login.sessionEnded')), [end, t]);

  if (!session) return <LoginScreen api={api} onSignedIn={signIn} notice={notice} />;
  return (
    <ConnectedHubProvider<CounterClientEvents>
      url={origin}
      namespace="counter"
      token={session.token}
      create={createClient}
    >
      <CounterHome session={session} onSignOut={signOut} onSessionEnded={sessionEnded} />
    </ConnectedHubProvider>
  );
}
