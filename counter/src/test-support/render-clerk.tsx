import type { Language } from '@cac/shared/i18n';
import type { SyncSnapshot } from '@cac/shared/protocol';
import { HubProvider, I18nProvider } from '@cac/shared/react';
import { render } from '@testing-library/react';
import type { RenderResult } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ClerkApp } from '../clerk/clerk-app';
import type { ProcedurePanels } from '../clerk/procedure-slot';
import { COUNTER_CATALOGS } from '../messages';
import type { SessionStore, StaffSession } from '../staff-session';
import { clerkSnapshot } from './clerk-office';
import type { SimulatedHub } from './simulated-hub';
import { createSimulatedHub } from './simulated-hub';

/** clerk1 of the sample office, as the hub's login returns her. */
export const ANA: StaffSession = {
  token: 'staff-token-0123456789',
  user: { id: 'clerk1', name: 'Ana Quispe Huamán', role: 'clerk' },
};

/** A `Storage` in memory, with its entries visible to the test. */
export function memoryStore(): SessionStore & { entries: Map<string, string> } {
  const entries = new Map<string, string>();
  return {
    entries,
    getItem: (key) => entries.get(key) ?? null,
    setItem: (key, value) => void entries.set(key, value),
    removeItem: (key) => void entries.delete(key),
  };
}

/** What {@link renderClerk} gives the test. */
export type ClerkHarness = Pick<RenderResult, 'unmount'> & {
  hub: SimulatedHub;
  store: ReturnType<typeof memoryStore>;
  onSignOut: ReturnType<typeof vi.fn>;
  user: ReturnType<typeof userEvent.setup>;
};

/** Options of {@link renderClerk}. */
export type ClerkHarnessOptions = {
  snapshot?: SyncSnapshot;
  hub?: SimulatedHub;
  store?: ReturnType<typeof memoryStore>;
  language?: Language;
  panels?: ProcedurePanels;
};

/** Renders the clerk's screens the way App renders them, over a simulated hub. */
export function renderClerk(options: ClerkHarnessOptions = {}): ClerkHarness {
  const hub = options.hub ?? createSimulatedHub(options.snapshot ?? clerkSnapshot());
  const store = options.store ?? memoryStore();
  const onSignOut = vi.fn();
  const { unmount } = render(
    <I18nProvider language={options.language ?? 'es'} catalogs={COUNTER_CATALOGS}>
      <HubProvider client={hub}>
        <ClerkApp
          session={ANA}
          store={store}
          onSignOut={onSignOut}
          onSessionEnded={vi.fn()}
          {...(options.panels ? { panels: options.panels } : {})}
        />
      </HubProvider>
    </I18nProvider>,
  );
  return { hub, store, onSignOut, unmount, user: userEvent.setup() };
}
