import { createFakeHubClient, sampleSyncSnapshot } from '@cac/shared/client';
import type { FakeHubClient } from '@cac/shared/client';
import type { DomainEvent } from '@cac/shared/domain';
import { applyEvents } from '@cac/shared/domain';
import type { Language } from '@cac/shared/i18n';
import { COMMON_MESSAGES_EN, COMMON_MESSAGES_ES } from '@cac/shared/i18n';
import type { CounterClientEvents, SessionView, SyncSnapshot } from '@cac/shared/protocol';
import { HubProvider, I18nProvider } from '@cac/shared/react';
import { render } from '@testing-library/react';
import { SupervisorFloor } from './supervisor-floor';

// Test support for the floor's component tests (not a test file itself).

/** 2025-03-10 09:00 in Lima, the sample office's morning. */
export const MORNING = Date.UTC(2025, 2, 10, 14, 0, 0);
export const MINUTE = 60_000;

/** A supervisor's session. */
export const SUPERVISOR_SESSION: SessionView = {
  kind: 'user',
  userId: 'supervisor',
  role: 'supervisor',
  name: 'Jorge Cabrera Sánchez',
};

/**
 * The sample office as a supervisor sees it: Ventanilla 1 (Ana) calling R-001 since 09:06,
 * Ventanilla 2 (Luis) on a meal break since 09:08, Ventanilla 3 closed; R-002 (senior), R-003,
 * T-001 and T-002 waiting. Tributos has a 30-minute target, the others 20.
 */
export function floorSnapshot(session: SessionView = SUPERVISOR_SESSION): SyncSnapshot {
  const sample = sampleSyncSnapshot();
  const paused: DomainEvent = {
    type: 'window:paused',
    at: MORNING + 8 * MINUTE,
    windowId: 'ventanilla-2',
    reason: 'refrigerio',
  };
  return {
    ...sample,
    seq: sample.seq + 1,
    state: applyEvents(sample.state, [paused]),
    office: {
      ...sample.office,
      services: sample.office.services.map((service) =>
        service.id === 'tributos' ? { ...service, slaTargetMin: 30 } : service,
      ),
    },
    session,
  };
}

/**
 * Renders the floor over a fake hub holding {@link floorSnapshot}, with the hub's clock at `now`
 * (through the snapshot's clock offset, as the real client computes it).
 */
export function renderFloor(
  options: { now?: number; session?: SessionView; language?: Language } = {},
): { hub: FakeHubClient<CounterClientEvents>; container: HTMLElement } {
  const hub = createFakeHubClient<CounterClientEvents>();
  hub.receiveSnapshot(floorSnapshot(options.session));
  hub.update({ serverOffsetMs: (options.now ?? MORNING + 10 * MINUTE) - Date.now() });
  const { container } = render(
    <I18nProvider
      language={options.language ?? 'es'}
      catalogs={{ es: COMMON_MESSAGES_ES, en: COMMON_MESSAGES_EN }}
    >
      <HubProvider client={hub}>
        <SupervisorFloor />
      </HubProvider>
    </I18nProvider>,
  );
  return { hub, container };
}

/** Applies events to the fake hub's state, as deltas from the hub would. */
export function applyToHub(hub: FakeHubClient<CounterClientEvents>, events: DomainEvent[]): void {
  const { state, seq } = hub.getSnapshot();
  if (!state) throw new Error('no state yet');
  hub.update({ state: applyEvents(state, events), seq: seq + 1 });
}
