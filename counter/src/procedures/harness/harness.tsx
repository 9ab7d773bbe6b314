import { HubProvider, I18nProvider, languageFromSearch } from '@cac/shared/react';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { ClerkApp } from '../../clerk/clerk-app';
import { COUNTER_CATALOGS } from '../../messages';
import { clerkSnapshot } from '../../test-support/clerk-office';
import { createSimulatedHub } from '../../test-support/simulated-hub';
import { createFakeProcedurePort } from '../fake-procedure-port';
import { ProcedurePortProvider } from '../procedure-context';
import { TEST_PROCEDURES } from '../test-catalog';
import '../../counter.css';

// A dev-only page (never built: `npm run dev -w counter`, then
// /counter/src/procedures/harness/index.html): the real clerk desk over the simulated hub of the
// component tests, Ventanilla 1 calling R-001, every procedure of the test catalog offered, and
// the fake procedure port. For looking at the panels and their results at 1366×768 before the
// hub runs the procedure commands.

const base = clerkSnapshot();
const snapshot = {
  ...base,
  office: {
    ...base.office,
    services: base.office.services.map((service) =>
      service.id === 'registro-civil' ? { ...service, procedures: TEST_PROCEDURES } : service,
    ),
  },
};
const hub = createSimulatedHub(snapshot);
const today = new Date().toISOString().slice(0, 10);
const port = createFakeProcedurePort({ today, procedures: TEST_PROCEDURES });
const language = languageFromSearch(window.location.search);
const container = document.getElementById('root');
if (!container) throw new Error('harness.html has no #root');
createRoot(container).render(
  <StrictMode>
    <I18nProvider language={language} catalogs={COUNTER_CATALOGS}>
      <HubProvider client={hub}>
        <ProcedurePortProvider port={port}>
          <ClerkApp
            session={{
              token: 'harness',
              user: { id: 'clerk1', name: 'Ana Quispe Huamán', role: 'clerk' },
            }}
            store={null}
            onSignOut={() => undefined}
            onSessionEnded={() => undefined}
          />
        </ProcedurePortProvider>
      </HubProvider>
    </I18nProvider>
  </StrictMode>,
);
