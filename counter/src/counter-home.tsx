import { ConnectionBanner, useHubState, useT } from '@cac/shared/react';
import type { ReactNode } from 'react';
import type { StaffSession } from './staff-session';
import { SupervisorFloor } from './supervisor';
import { useSessionGuard } from './use-session-guard';

/** Props of {@link CounterHome}. */
export type CounterHomeProps = {
  session: StaffSession;
  onSignOut: () => void;
  /** The hub no longer accepts the session's token (expired, revoked, hub data reset). */
  onSessionEnded: () => void;
};

/** The supervisor's and administrator's screen: who is signed in, then the live floor. */
export function CounterHome({ session, onSignOut, onSessionEnded }: CounterHomeProps): ReactNode {
  const { status, office } = useHubState();
  const t = useT();
  useSessionGuard(onSessionEnded);
  return (
    <div className="counter" data-connection={status}>
      <header className="counter-header">
        <div className="counter-header__title">
          <p className="counter-header__office">{office?.name}</p>
          <h1>{t('counter.documentTitle')}</h1>
        </div>
        <ConnectionBanner showWhenOnline />
        <p className="counter-header__user">
          {t('counter.header.signedInAs', {
            name: session.user.name,
            role: t(`counter.role.${session.user.role}`),
          })}
        </p>
        <button type="button" className="button" onClick={onSignOut}>
          {t('counter.logout')}
        </button>
      </header>
      <main className="counter-floor">
        <SupervisorFloor />
      </main>
    </div>
  );
}
