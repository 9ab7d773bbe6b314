import type { Actor, DomainEvent, LiveState, OfficeRules, Ticket } from '@cac/shared/domain';
import {
  applyEventsInPlace,
  dayRollover,
  decide,
  estimateForTicket,
  touchedTickets,
} from '@cac/shared/domain';
import type { CommandAck, IssuedTicket, Result } from '@cac/shared/protocol';
import { err, ok } from '@cac/shared/protocol';
import type { Logger } from 'pino';
import { appError, fromDomainError } from '../errors/app-errors';
import type { CommitBatch, LedgerRepository } from '../ledger/ledger-repository';
import type { ValidCommand } from './to-domain-command';
import { requestIdOf, toDomainCommand } from './to-domain-command';

/** A batch that is durable and may now be broadcast. */
export type CommittedBatch = { seq: number; events: readonly DomainEvent[] };

/** What the writer answers: the result, and whether it is the remembered answer of a retry. */
export type WriterOutcome = { result: Result<CommandAck>; replayed: boolean };

/** Everything the writer needs from the outside world (injected so tests drive it). */
export type WriterDeps = {
  ledger: LedgerRepository;
  rules: () => OfficeRules;
  now: () => number;
  newId: () => string;
  newAccessKey: () => string;
  /**
   * Called once per drain with its batches in sequence order, on the turn of the event loop after
   * the commit, so that the callers' acknowledgements leave first (persist → ack → broadcast).
   * Broadcasts keep the commit order: the next drain is queued behind this call.
   */
  onCommitted: (batches: readonly CommittedBatch[]) => void;
  /** The state as the ledger holds it, to start over after a failed commit. */
  reload: () => { state: LiveState; seq: number };
  log: Logger;
};

type Pending = {
  command: ValidCommand;
  actor: Actor;
  resolve: (outcome: WriterOutcome) => void;
};

/** The single writer of the hub: every state change goes through {@link CommandWriter.submit}. */
export type CommandWriter = {
  /** Queues a validated, authorized command; resolves after its events are durable (or refused). */
  submit(command: ValidCommand, actor: Actor): Promise<WriterOutcome>;
  /** Applies the day close / new day when the clock says so (timer and start-up). */
  rollDay(): Promise<void>;
  state(): LiveState;
  seq(): number;
};

/**
 * Creates the single writer. Commands queue up and are drained on the next turn of the event loop
 * in arrival order: each is decided against the state left by the previous one, then all the
 * batches of the drain are committed in ONE durable transaction (group commit: one fsync for many
 * commands), and only then are the callers acknowledged and the events broadcast. If the commit
 * fails nothing is applied and every caller of the drain gets STORAGE_FAILED — never a half-applied
 * command, never a number handed out that the ledger does not hold.
 *
 * The writer owns its state alone, so it applies events in place (O(1) per event however long the
 * queue); after a failed commit it reloads the state from the ledger, which holds exactly what
 * was committed.
 */
export function createCommandWriter(
  deps: WriterDeps,
  initial: { state: LiveState; seq: number },
): CommandWriter {
  let state = initial.state;
  let seq = initial.seq;
  let queue: Pending[] = [];
  let drainScheduled = false;
  const rollWaiters: (() => void)[] = [];

  function schedule(): void {
    if (drainScheduled) return;
    drainScheduled = true;
    setImmediate(drain);
  }

  function drain(): void {
    drainScheduled = false;
    const pending = queue;
    const waiters = rollWaiters.splice(0);
    queue = [];

    const now = deps.now();
    const rules = deps.rules();
    let working = state;
    let workingSeq = seq;
    const batches: CommitBatch[] = [];
    const answers: { pending: Pending; outcome: WriterOutcome }[] = [];
    const seenInDrain = new Map<string, CommandAck>();

    // The day rolls before any command so a ticket is never numbered in a closed day.
    for (const event of dayRollover(working, rules, now)) {
      const tickets = touchedTickets(working, [event]);
      working = applyEventsInPlace(working, [event]);
      workingSeq += 1;
      batches.push({
        seq: workingSeq,
        officeDay: event.type === 'day:closed' ? event.officeDay : working.officeDay,
        at: now,
        actor: null,
        command: 'system:day-rollover',
        events: [event],
        tickets,
        accessKeys: [],
        request: null,
        audit: null,
      });
    }

    for (const item of pending) {
      const requestId = requestIdOf(item.command);
      const requestKey = requestId ? `${item.actor.id}\u0000${requestId}` : null;
      if (requestKey && requestId) {
        const remembered =
          seenInDrain.get(requestKey) ??
          (deps.ledger.findRequest(item.actor.id, requestId) as CommandAck | null | undefined);
        if (remembered) {
          answers.push({ pending: item, outcome: { result: ok(remembered), replayed: true } });
          continue;
        }
      }
      const decision = decide(working, toDomainCommand(item.command), {
        now,
        rules,
        actor: item.actor,
        newId: deps.newId,
      });
      if (!decision.ok) {
        answers.push({
          pending: item,
          outcome: { result: err(fromDomainError(decision.error)), replayed: false },
        });
        continue;
      }
      // The rows are read before the events are applied in place.
      const rows = touchedTickets(working, decision.value);
      working = applyEventsInPlace(working, decision.value);
      workingSeq += 1;
      const ack = acknowledge(workingSeq, decision.value, rows, working, rules, now, deps);
      if (requestKey) seenInDrain.set(requestKey, ack);
      batches.push({
        seq: workingSeq,
        officeDay: working.officeDay,
        at: now,
        actor: item.actor,
        command: item.command.name,
        events: decision.value,
        tickets: rows,
        accessKeys: ack.issued
          ? [{ ticketId: ack.issued.id, accessKey: ack.issued.accessKey }]
          : [],
        request:
          requestKey && requestId ? { actorId: item.actor.id, requestId, response: ack } : null,
        audit: auditOf(item.command),
      });
      answers.push({ pending: item, outcome: { result: ok(ack), replayed: false } });
    }

    if (batches.length > 0) {
      try {
        deps.ledger.commit(batches);
      } catch (error) {
        deps.log.error({ err: error }, 'ledger commit failed; nothing of this drain was applied');
        ({ state, seq } = deps.reload());
        const failed = err(appError('STORAGE_FAILED'));
        for (const item of pending) item.resolve({ result: failed, replayed: false });
        for (const resolve of waiters) resolve();
        return;
      }
      state = working;
      seq = workingSeq;
    }
    for (const { pending: item, outcome } of answers) item.resolve(outcome);
    for (const resolve of waiters) resolve();
    if (batches.length > 0) {
      const committed = batches.map((batch) => ({ seq: batch.seq, events: batch.events }));
      setImmediate(() => deps.onCommitted(committed));
    }
  }

  return {
    submit(command, actor) {
      return new Promise((resolve) => {
        queue.push({ command, actor, resolve });
        schedule();
      });
    },
    rollDay() {
      return new Promise((resolve) => {
        rollWaiters.push(resolve);
        schedule();
      });
    },
    state: () => state,
    seq: () => seq,
  };
}

/** The acknowledgement of an accepted command: its batch seq and the ticket it concerns. */
function acknowledge(
  seq: number,
  events: readonly DomainEvent[],
  rows: readonly Ticket[],
  state: LiveState,
  rules: OfficeRules,
  now: number,
  deps: WriterDeps,
): CommandAck {
  const first = events[0];
  if (first?.type === 'ticket:issued') {
    const ticket = state.tickets[first.ticket.id] ?? first.ticket;
    const estimate = estimateForTicket(state, rules, ticket.id, now);
    const accessKey = deps.newAccessKey();
    const issued: IssuedTicket = {
      id: ticket.id,
      number: ticket.number,
      serviceId: ticket.serviceId,
      category: ticket.category,
      status: ticket.status,
      position: estimate.peopleAhead,
      estimatedWaitMin: estimate.estimatedWaitMin,
      issuedAt: new Date(ticket.issuedAt).toISOString(),
      accessKey,
      // The page a phone opens from the QR code; the same facts as JSON: /api/v1/tickets/{id}?k=.
      statusUrl: `/estado/${encodeURIComponent(ticket.id)}?k=${encodeURIComponent(accessKey)}`,
    };
    return { seq, ticket, issued };
  }
  // A transfer answers with the record that continues the attention; others with the ticket acted on.
  const ticketId =
    first?.type === 'ticket:transferred'
      ? first.next.id
      : first && 'ticketId' in first
        ? first.ticketId
        : null;
  const ticket = rows.find((row) => row.id === ticketId) ?? null;
  return { seq, ticket, issued: null };
}

/** What the audit trail keeps besides who, what and when: the stated reasons and notes. */
function auditOf(command: ValidCommand): Record<string, unknown> | null {
  const payload: Record<string, unknown> = command.payload;
  const kept: Record<string, unknown> = {};
  for (const key of [
    'reason',
    'note',
    'ticketId',
    'windowId',
    'to',
    'outcome',
    'result',
  ] as const) {
    if (payload[key] !== undefined) kept[key] = payload[key];
  }
  return Object.keys(kept).length > 0 ? kept : null;
}
