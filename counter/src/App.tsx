import type { HubClient, HubClientOptions } from '@cac/shared/client';
import type { CounterClientEvents } from '@cac/shared/protocol';
import { ConnectedHubProvider, useT } from '@cac/shared/react';
import type { ReactNode } from 'react';
import { useCallback, useMemo, useState } from 'react';
import { ClerkApp } from './clerk/clerk-app';
import type { ProcedurePanels } from './clerk/procedure-slot';
import { CounterHome } from './counter-home';
import { LoginScreen } from './login-screen';
import type { StaffApi } from './staff-api';
import type { SessionStore, StaffSession } from './staff-session';
import { clearSession, loadSession, saveSession } from './staff-session';
import type { StaffHttp } from './staff-http';
import { StaffHttpProvider, createStaffHttp } from './staff-http';

/** Props of {@link App}. */
export type AppProps = {
  /** The hub: the origin that served this page. */
  origin: string;
  api: StaffApi;
  /**
   * Where the session is kept (`localStorage`, so it survives a reload and a restart of the app),
   * or null where storage is unavailable.
   */
  store: SessionStore | null;
  /** Builds the hub client; the real one unless a test injects a fake. */
  createClient?: (options: HubClientOptions) => HubClient<never>;
  /** Procedure panels of the clerk's serving view, by service id. */
  panels?: ProcedurePanels;
  /** The REST side of the hub as the signed-in user; by default `fetch` against `origin`. */
  createHttp?: (token: string) => StaffHttp;
};

/**
 * The counter app: sign in, then, over the /counter namespace, the clerk's window and desk, or the
 * office overview for supervisors and administrators.
 */
export function App({ origin, api, store, createClient, panels, createHttp }: AppProps): ReactNode {
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
  const token = session?.token ?? null;
  const http = useMemo(
    () =>
      token === null
        ? null
        : (createHttp?.(token) ??
          createStaffHttp(origin, token, (input, init) => window.fetch(input, init))),
    [createHttp, origin, token],
  );

  if (!session || !http) return <LoginScreen api={api} onSignedIn={signIn} notice={notice} />;
  return (
    <ConnectedHubProvider<CounterClientEvents>
      url={origin}
      namespace="counter"
      token={session.token}
      create={createClient}
    >
      {session.user.role === 'clerk' ? (
        <ClerkApp
          session={session}
          store={store}
          onSignOut={signOut}
          onSessionEnded={sessionEnded}
          {...(panels ? { panels } : {})}
        />
      ) : (
        // Supervisors and administrators: the floor, expedientes, reports and administration.
        <StaffHttpProvider value={http}>
          <CounterHome session={session} onSignOut={signOut} onSessionEnded={sessionEnded} />
        </StaffHttpProvider>
      )}
    </ConnectedHubProvider>
  );
}
