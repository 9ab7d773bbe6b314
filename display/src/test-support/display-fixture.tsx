// Component-test helpers: the display on a fake hub client, with events of a realistic morning.
import { createFakeHubClient, sampleSyncSnapshot } from '@cac/shared/client';
import type { FakeHubClient } from '@cac/shared/client';
import type { Category, DomainEvent, Ticket } from '@cac/shared/domain';
import { applyEvents } from '@cac/shared/domain';
import type { DisplayClientEvents, SessionView } from '@cac/shared/protocol';
import { HubProvider, I18nProvider } from '@cac/shared/react';
import { act, render } from '@testing-library/react';
import type { RenderResult } from '@testing-library/react';
import { App } from '../App';
import type { DisplayEnvironment } from '../display-environment';
import { DisplayEnvironmentProvider } from '../display-environment';
import { DISPLAY_CATALOGS } from '../messages';

/** The sample office's clock: 2025-03-10 09:10 in Lima, when its snapshot was taken. */
export const SAMPLE_NOW = Date.UTC(2025, 2, 10, 14, 10);
const MINUTE = 60_000;

/** A hub client online with the sample office (R-001 called at Ventanilla 1), on its clock. */
export function onlineClient(session?: SessionView): FakeHubClient<DisplayClientEvents> {
  const client = createFakeHubClient<DisplayClientEvents>();
  const snapshot = sampleSyncSnapshot();
  client.receiveSnapshot(session ? { ...snapshot, session } : snapshot);
  // The sample's calls were made "now" on the hub's clock, whatever this machine's date.
  client.update({ serverOffsetMs: SAMPLE_NOW - Date.now() });
  return client;
}

/** The display on `client`, in Spanish, with `environment` (silent and media-less by default). */
export function renderDisplay(
  client: FakeHubClient<DisplayClientEvents>,
  environment: Partial<DisplayEnvironment> = {},
): RenderResult {
  return render(
    <I18nProvider language="es" catalogs={DISPLAY_CATALOGS}>
      <DisplayEnvironmentProvider environment={environment}>
        <HubProvider client={client}>
          <App />
        </HubProvider>
      </DisplayEnvironmentProvider>
    </I18nProvider>,
  );
}

/** Builds the events of a morning, one minute after another from the snapshot. */
export function morning() {
  let at = SAMPLE_NOW;
  const events: DomainEvent[] = [];
  const next = (): number => (at += MINUTE);
  const builder = {
    /** A ticket issued now (sequence given: the sample already issued R-001…003, T-001…002). */
    issue(serviceId: string, prefix: string, sequence: number, category: Category = 'none') {
      const when = next();
      const ticket: Ticket = {
        id: `${serviceId}-${sequence}`,
        officeDay: '2025-03-10',
        serviceId,
        number: `${prefix}-${String(sequence).padStart(3, '0')}`,
        sequence,
        category,
        status: 'waiting',
        arrivalAt: when,
        issuedAt: when,
        windowId: null,
        reservedWindowId: null,
        callCount: 0,
        firstCalledAt: null,
        calledAt: null,
        startedAt: null,
        finishedAt: null,
        previousTicketId: null,
      };
      events.push({ type: 'ticket:issued', at: when, ticket });
      return builder;
    },
    call(ticketId: string, windowId: string) {
      events.push({ type: 'ticket:called', at: next(), ticketId, windowId, reason: null });
      return builder;
    },
    recall(ticketId: string) {
      events.push({ type: 'ticket:recalled', at: next(), ticketId });
      return builder;
    },
    /** Sends the events to the client as one batch, as the hub would. */
    send(client: FakeHubClient<DisplayClientEvents>) {
      const { seq, state } = client.getSnapshot();
      if (!state) throw new Error('the client has no state yet');
      const batch = events.splice(0);
      act(() => client.update({ seq: seq + 1, state: applyEvents(state, batch) }));
    },
  };
  return builder;
}
