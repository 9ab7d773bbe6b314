import { ConnectionBanner, useHubState, useT } from '@cac/shared/react';
import type { ReactNode } from 'react';
import { useEffect } from 'react';
import { ServicesTable } from './services-table';
import type { StaffSession } from './staff-session';
import { WindowsTable } from './windows-table';

/** Props of {@link CounterHome}. */
export type CounterHomeProps = {
  session: StaffSession;
  onSignOut: () => void;
  /** The hub no longer accepts the session's token (expired, revoked, hub data reset). */
  onSessionEnded: () => void;
};

/** The signed-in first screen: who is here, every window's state, the queues. */
export function CounterHome({ session, onSignOut, onSessionEnded }: CounterHomeProps): ReactNode {
  const { status, error, office } = useHubState();
  const t = useT();
  const tokenRefused = status === 'rejected' && error?.code === 'UNAUTHENTICATED';
  useEffect(() => {
    if (tokenRefused) onSessionEnded();
  }, [tokenRefused, onSessionEnded]);
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
      <main className="counter-main">
        <WindowsTable />
        <ServicesTable />
      </main>
    </div>
  );
}
