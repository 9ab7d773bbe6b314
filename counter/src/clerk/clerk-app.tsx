import { ConnectionBanner, useHubState } from '@cac/shared/react';
import type { ReactNode } from 'react';
import { useCallback } from 'react';
import type { SessionStore, StaffSession } from '../staff-session';
import { useSessionGuard } from '../use-session-guard';
import { ClerkDesk } from './clerk-desk';
import { myWindow } from './desk-state';
import type { ProcedurePanels } from './procedure-slot';
import { clearServedLog } from './served-log';
import { WindowChoice } from './window-choice';
import './clerk.css';

/** Props of {@link ClerkApp}. */
export type ClerkAppProps = {
  session: StaffSession;
  store: SessionStore | null;
  onSignOut: () => void;
  /** The hub no longer accepts the session's token. */
  onSessionEnded: () => void;
  panels?: ProcedurePanels;
};

/**
 * A signed-in clerk: the window choice until the hub says this clerk holds a window, then the
 * desk. Which one shows is read from the synced state, never remembered locally, so a reload or a
 * restart of the app lands on the same screen with the same ticket.
 */
export function ClerkApp({
  session,
  store,
  onSignOut,
  onSessionEnded,
  panels,
}: ClerkAppProps): ReactNode {
  const { state, office, rules } = useHubState();
  useSessionGuard(onSessionEnded);
  const userId = session.user.id;
  const signOut = useCallback(() => {
    clearServedLog(store, userId);
    onSignOut();
  }, [store, userId, onSignOut]);

  if (!state || !office || !rules) {
    return (
      <main className="clerk clerk--loading">
        <ConnectionBanner />
      </main>
    );
  }
  if (!myWindow(state, userId)) {
    return <WindowChoice userId={userId} userName={session.user.name} onSignOut={signOut} />;
  }
  return (
    <ClerkDesk
      userId={userId}
      userName={session.user.name}
      state={state}
      office={office}
      rules={rules}
      store={store}
      onSignOut={signOut}
      {...(panels ? { panels } : {})}
    />
  );
}
