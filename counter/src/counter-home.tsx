import { ConnectionBanner, useHubState, useT } from '@cac/shared/react';
import type { ReactNode } from 'react';
import { useState } from 'react';
import {
  BackofficeView,
  ExpedientePortProvider,
  useExpedientePort,
  useHubExpedientePort,
} from './backoffice';
import { useCounterT } from './counter-text';
import type { StaffSession } from './staff-session';
import { SupervisorFloor } from './supervisor';
import { ReportsView } from './reports';
import { AdminView } from './admin';
import { useSessionGuard } from './use-session-guard';

/** Props of {@link CounterHome}. */
export type CounterHomeProps = {
  session: StaffSession;
  onSignOut: () => void;
  /** The hub no longer accepts the session's token (expired, revoked, hub data reset). */
  onSessionEnded: () => void;
};

/**
 * The views of the screen: the live floor (the default), the expedientes' back office, the reports
 * and, for administrators only, the office's configuration.
 */
type HomeView = 'floor' | 'expedientes' | 'reports' | 'admin';

const VIEW_LABELS = {
  floor: 'backoffice.nav.floor',
  expedientes: 'backoffice.nav.expedientes',
  reports: 'backoffice.nav.reports',
  admin: 'backoffice.nav.admin',
} as const satisfies Record<HomeView, string>;

/**
 * The supervisor's and administrator's screen: who is signed in, then the live floor or the
 * expedientes' back office (the header switches between them; the floor comes first).
 */
export function CounterHome({ session, onSignOut, onSessionEnded }: CounterHomeProps): ReactNode {
  const { status, office } = useHubState();
  const t = useT();
  const counterT = useCounterT();
  // A port given by the context (tests, another hub) wins; else the face's hub client.
  const given = useExpedientePort();
  const fromHub = useHubExpedientePort();
  const port = given ?? fromHub;
  const [view, setView] = useState<HomeView>('floor');
  const views: readonly HomeView[] =
    session.user.role === 'admin'
      ? ['floor', 'expedientes', 'reports', 'admin']
      : ['floor', 'expedientes', 'reports'];
  useSessionGuard(onSessionEnded);
  return (
    <div className="counter" data-connection={status}>
      <header className="counter-header">
        <div className="counter-header__title">
          <p className="counter-header__office">{office?.name}</p>
          <h1>{t('counter.documentTitle')}</h1>
        </div>
        <nav className="backoffice-nav" aria-label={counterT('backoffice.nav.label')}>
          {views.map((option) => (
            <button
              key={option}
              type="button"
              className="button"
              aria-current={view === option ? 'page' : undefined}
              onClick={() => setView(option)}
            >
              {counterT(VIEW_LABELS[option])}
            </button>
          ))}
        </nav>
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
        {view === 'expedientes' ? (
          <ExpedientePortProvider value={port}>
            <BackofficeView />
          </ExpedientePortProvider>
        ) : view === 'reports' ? (
          <ReportsView />
        ) : view === 'admin' && session.user.role === 'admin' ? (
          <AdminView />
        ) : (
          <SupervisorFloor />
        )}
      </main>
    </div>
  );
}
