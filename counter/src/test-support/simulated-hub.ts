import { createFakeHubClient } from '@cac/shared/client';
import type { FakeHubClient } from '@cac/shared/client';
import type { Actor, DomainCommand, DomainEvent, Ticket } from '@cac/shared/domain';
import { applyEvents, decide, ticketAfterEvent } from '@cac/shared/domain';
import { errorMessage } from '@cac/shared/i18n';
import type { CommandAck, CounterClientEvents, Result, SyncSnapshot } from '@cac/shared/protocol';
import { COMMAND_SCHEMAS } from '@cac/shared/protocol';

/** A fake hub client whose commands are decided by the real domain, as the hub would. */
export type SimulatedHub = FakeHubClient<CounterClientEvents> & {
  /** The hub's clock (epoch ms): the snapshot's `serverNow` when created, then real time. */
  now(): number;
  /** Moves the hub's clock (and so the screen's, through the clock offset) forward. */
  advance(ms: number): void;
  /** Another staff member's command, decided and applied like the clerk's own. */
  commandAs(actor: Actor, name: string, payload: unknown): Result<CommandAck>;
  /** Events from elsewhere (a kiosk took a ticket), applied as a delta. */
  receiveEvents(events: readonly DomainEvent[]): void;
};

/** The ticket an acknowledgement carries: the continuing record of a transfer, else the one acted on. */
function ackTicket(
  before: SyncSnapshot['state'],
  after: SyncSnapshot['state'],
  event: DomainEvent,
): Ticket | null {
  if (event.type === 'ticket:transferred') return event.next;
  if (!('ticketId' in event)) return null;
  const live = after.tickets[event.ticketId];
  if (live) return live;
  const gone = before.tickets[event.ticketId];
  return gone ? ticketAfterEvent(gone, event) : null;
}

/**
 * Starts a simulated hub holding `snapshot`, acting for `actor` (clerk1 by default). Payloads go
 * through the protocol's zod schemas and the domain's `decide`; refusals carry the hub's Spanish
 * sentence, so component tests see what a clerk would see.
 */
export function createSimulatedHub(
  snapshot: SyncSnapshot,
  actor: Actor = { id: 'clerk1', role: 'clerk' },
): SimulatedHub {
  const client = createFakeHubClient<CounterClientEvents>();
  client.receiveSnapshot(snapshot);
  client.update({ serverOffsetMs: snapshot.serverNow - Date.now() });
  let ids = 0;
  const now = (): number => Date.now() + client.getSnapshot().serverOffsetMs;

  function decideFor(who: Actor, name: string, payload: unknown): Result<CommandAck> {
    const schema = COMMAND_SCHEMAS[name as keyof typeof COMMAND_SCHEMAS];
    const parsed = schema?.safeParse(payload);
    if (!parsed?.success) {
      return {
        ok: false,
        error: { code: 'INVALID_PAYLOAD', message: errorMessage('INVALID_PAYLOAD', {}, 'es') },
      };
    }
    const { requestId: _requestId, ...fields } = parsed.data as Record<string, unknown>;
    // The schema for `name` produced these fields, so together they are that domain command.
    const command = { type: name, ...fields } as DomainCommand;
    const current = client.getSnapshot();
    const state = current.state;
    const rules = current.rules;
    if (!state || !rules) throw new Error('the simulated hub has no state');
    const decision = decide(state, command, {
      now: now(),
      rules,
      actor: who,
      newId: () => `simulated-${++ids}`,
    });
    if (!decision.ok) {
      const params = decision.error.params ?? {};
      return {
        ok: false,
        error: {
          code: decision.error.code,
          message: errorMessage(decision.error.code, params, 'es'),
          details: { ...params },
        },
      };
    }
    const after = applyEvents(state, decision.value);
    const seq = current.seq + 1;
    client.update({ state: after, seq });
    const first = decision.value[0];
    return {
      ok: true,
      value: { seq, ticket: first ? ackTicket(state, after, first) : null, issued: null },
    };
  }

  client.onCommand((name, payload) => decideFor(actor, name, payload));
  return Object.assign(client, {
    now,
    advance(ms: number) {
      client.update({ serverOffsetMs: client.getSnapshot().serverOffsetMs + ms });
    },
    commandAs: decideFor,
    receiveEvents(events: readonly DomainEvent[]) {
      const current = client.getSnapshot();
      if (!current.state) throw new Error('the simulated hub has no state');
      client.update({ state: applyEvents(current.state, events), seq: current.seq + 1 });
    },
  });
}
