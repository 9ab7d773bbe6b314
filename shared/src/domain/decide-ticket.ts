import { err, ok } from '../protocol/result';
import { nextTicketFor, isCallableAt } from './call-policy';
import type { Role } from './actor';
import type { DomainCommand } from './commands';
import type { DecideContext } from './context';
import { domainError } from './domain-error';
import type { Decision } from './guards';
import { actionableTicket, callProblem, cleanText, illegalTransition, windowOf } from './guards';
import { formatTicketNumber } from './numbering';
import type { LiveState } from './state';
import type { Ticket } from './ticket';

type CommandOf<T extends DomainCommand['type']> = Extract<DomainCommand, { type: T }>;

/**
 * Issues the next number of a service: `lastSequence + 1` for the office day, formatted with the
 * service prefix. Refuses unknown and inactive services and a closed day.
 */
export function decideTakeTicket(
  state: LiveState,
  command: CommandOf<'ticket:take'>,
  ctx: DecideContext,
): Decision {
  const { serviceId } = command;
  const service = ctx.rules.services.find((candidate) => candidate.id === serviceId);
  if (!service) return err(domainError('UNKNOWN_SERVICE', { serviceId }));
  if (!service.active) return err(domainError('SERVICE_INACTIVE', { serviceId }));
  if (state.dayClosed) return err(domainError('OFFICE_CLOSED', { officeDay: state.officeDay }));
  const sequence = (state.lastSequence[serviceId] ?? 0) + 1;
  const ticket: Ticket = {
    id: ctx.newId(),
    officeDay: state.officeDay,
    serviceId,
    number: formatTicketNumber(service.prefix, sequence),
    sequence,
    category: command.category,
    status: 'waiting',
    arrivalAt: ctx.now,
    issuedAt: ctx.now,
    windowId: null,
    reservedWindowId: null,
    callCount: 0,
    firstCalledAt: null,
    calledAt: null,
    startedAt: null,
    finishedAt: null,
    previousTicketId: null,
  };
  return ok([{ type: 'ticket:issued', at: ctx.now, ticket }]);
}

/** Calls the ticket the call policy puts first for this window (`QUEUE_EMPTY` when none). */
export function decideCallNext(
  state: LiveState,
  command: CommandOf<'ticket:call-next'>,
  ctx: DecideContext,
): Decision {
  const { windowId } = command;
  const window = windowOf(state, ctx.rules, windowId);
  if (!window) return err(domainError('UNKNOWN_WINDOW', { windowId }));
  const problem = callProblem(state, ctx.actor, window);
  if (problem) return err(problem);
  const next = nextTicketFor(state, windowId, ctx.rules.callPolicy, ctx.now);
  if (!next) return err(domainError('QUEUE_EMPTY', { windowId }));
  return ok([{ type: 'ticket:called', at: ctx.now, ticketId: next.id, windowId, reason: null }]);
}

/**
 * Calls one specific waiting ticket out of the policy's order. The reason is mandatory because
 * jumping the queue must be explainable afterwards (it is audited with the event).
 */
export function decideCallTicket(
  state: LiveState,
  command: CommandOf<'ticket:call'>,
  ctx: DecideContext,
): Decision {
  const { windowId, ticketId } = command;
  const reason = cleanText(command.reason);
  if (reason === null) return err(domainError('INVALID_PAYLOAD', { field: 'reason' }));
  const window = windowOf(state, ctx.rules, windowId);
  if (!window) return err(domainError('UNKNOWN_WINDOW', { windowId }));
  const problem = callProblem(state, ctx.actor, window);
  if (problem) return err(problem);
  const ticket = state.tickets[ticketId];
  if (!ticket) return err(domainError('UNKNOWN_TICKET', { ticketId }));
  if (ticket.status !== 'waiting') return err(illegalTransition(ticket, command.type));
  if (!isCallableAt(ticket, windowId, window.serviceIds)) {
    return err(domainError('SERVICE_NOT_AT_WINDOW', { windowId, number: ticket.number }));
  }
  return ok([{ type: 'ticket:called', at: ctx.now, ticketId, windowId, reason }]);
}

/** Calls the held ticket again (the citizen did not come yet); only while it is `called`. */
export function decideRecall(
  state: LiveState,
  command: CommandOf<'ticket:recall'>,
  ctx: DecideContext,
): Decision {
  const found = actionableTicket(state, ctx.actor, command.ticketId, command.type, ['called']);
  if (!found.ok) return found;
  return ok([{ type: 'ticket:recalled', at: ctx.now, ticketId: found.value.id }]);
}

/**
 * Marks a called ticket as not presented. Only after `rules.noShowMinSeconds` since the latest
 * call, so a citizen walking to the counter is not dropped; the error says how many seconds remain.
 */
export function decideNoShow(
  state: LiveState,
  command: CommandOf<'ticket:no-show'>,
  ctx: DecideContext,
): Decision {
  const found = actionableTicket(state, ctx.actor, command.ticketId, command.type, ['called']);
  if (!found.ok) return found;
  const ticket = found.value;
  const remainingMs = ctx.rules.noShowMinSeconds * 1000 - (ctx.now - (ticket.calledAt ?? ctx.now));
  if (remainingMs > 0) {
    return err(
      domainError('NO_SHOW_TOO_EARLY', {
        number: ticket.number,
        seconds: Math.ceil(remainingMs / 1000),
      }),
    );
  }
  return ok([{ type: 'ticket:no-show', at: ctx.now, ticketId: ticket.id }]);
}

/** The citizen arrived at the counter: the attention starts (its duration feeds the estimates). */
export function decideStart(
  state: LiveState,
  command: CommandOf<'ticket:start'>,
  ctx: DecideContext,
): Decision {
  const found = actionableTicket(state, ctx.actor, command.ticketId, command.type, ['called']);
  if (!found.ok) return found;
  return ok([{ type: 'ticket:started', at: ctx.now, ticketId: found.value.id }]);
}

/** Ends an attention with one of the service's configured outcomes and an optional note. */
export function decideFinish(
  state: LiveState,
  command: CommandOf<'ticket:finish'>,
  ctx: DecideContext,
): Decision {
  const found = actionableTicket(state, ctx.actor, command.ticketId, command.type, ['serving']);
  if (!found.ok) return found;
  const ticket = found.value;
  const service = ctx.rules.services.find((candidate) => candidate.id === ticket.serviceId);
  if (!service?.outcomes.includes(command.outcome)) {
    return err(
      domainError('UNKNOWN_OUTCOME', { outcome: command.outcome, serviceId: ticket.serviceId }),
    );
  }
  return ok([
    {
      type: 'ticket:finished',
      at: ctx.now,
      ticketId: ticket.id,
      outcome: command.outcome,
      note: cleanText(command.note),
      // Absent rather than null when there is none: the event stays as it was before issue 6.
      ...(command.result ? { result: { kind: command.result.kind, ref: command.result.ref } } : {}),
    },
  ]);
}

/** Supervisors and admins oversee the floor: they may move tickets that no window holds. */
function oversees(role: Role): boolean {
  return role === 'supervisor' || role === 'admin';
}

/**
 * Sends a ticket to another service's queue, or to one specific window (same service, reserved
 * for that window). The continuing record keeps the number and the arrival time, so the citizen is
 * not sent to the back of the new queue.
 *
 * A clerk transfers the ticket their window holds (called or serving). Supervisors and admins may
 * also move a waiting ticket (the citizen is in the wrong queue), and may send a ticket back to the
 * open queue of its own service when a window holds it or it is reserved for one: that is how they
 * empty the window of a clerk who left without the citizen losing their place. A clerk moving a
 * waiting ticket is `FORBIDDEN`; a ticket sent where it already is, `TRANSFER_TARGET_INVALID`.
 */
export function decideTransfer(
  state: LiveState,
  command: CommandOf<'ticket:transfer'>,
  ctx: DecideContext,
): Decision {
  const supervising = oversees(ctx.actor.role);
  const found = actionableTicket(state, ctx.actor, command.ticketId, command.type, [
    'waiting',
    'called',
    'serving',
  ]);
  if (!found.ok) return found;
  const ticket = found.value;
  if (ticket.status === 'waiting' && !supervising) {
    return err(domainError('FORBIDDEN', { role: ctx.actor.role, command: command.type }));
  }
  // Its own queue is a real destination only for a supervisor and only when the ticket is somewhere
  // else in effect: held at a window, or reserved for one (e.g. a window that has since closed).
  const elsewhere = ticket.windowId !== null || ticket.reservedWindowId !== null;
  const { to } = command;
  let serviceId: string;
  let reservedWindowId: string | null;
  if ('serviceId' in to) {
    const service = ctx.rules.services.find((candidate) => candidate.id === to.serviceId);
    // A clerk passes a citizen on rather than parking them in their own queue.
    const sameQueue = service?.id === ticket.serviceId && !(elsewhere && supervising);
    if (!service || !service.active || sameQueue) {
      return err(domainError('TRANSFER_TARGET_INVALID', { serviceId: to.serviceId }));
    }
    serviceId = service.id;
    reservedWindowId = null;
  } else {
    if (
      !windowOf(state, ctx.rules, to.windowId) ||
      to.windowId === ticket.windowId ||
      to.windowId === ticket.reservedWindowId
    ) {
      return err(domainError('TRANSFER_TARGET_INVALID', { windowId: to.windowId }));
    }
    serviceId = ticket.serviceId;
    reservedWindowId = to.windowId;
  }
  const next: Ticket = {
    ...ticket,
    id: ctx.newId(),
    serviceId,
    status: 'waiting',
    issuedAt: ctx.now,
    windowId: null,
    reservedWindowId,
    callCount: 0,
    firstCalledAt: null,
    calledAt: null,
    startedAt: null,
    finishedAt: null,
    previousTicketId: ticket.id,
  };
  return ok([
    {
      type: 'ticket:transferred',
      at: ctx.now,
      ticketId: ticket.id,
      next,
      note: cleanText(command.note),
    },
  ]);
}

/** Withdraws a ticket that is still waiting (the citizen left); never one at a window. */
export function decideCancel(
  state: LiveState,
  command: CommandOf<'ticket:cancel'>,
  ctx: DecideContext,
): Decision {
  const found = actionableTicket(state, ctx.actor, command.ticketId, command.type, ['waiting']);
  if (!found.ok) return found;
  return ok([
    {
      type: 'ticket:cancelled',
      at: ctx.now,
      ticketId: found.value.id,
      reason: cleanText(command.reason),
    },
  ]);
}
