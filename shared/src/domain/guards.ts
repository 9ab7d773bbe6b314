import type { Result } from '../protocol/result';
import { err, ok } from '../protocol/result';
import type { Actor } from './actor';
import type { CommandType } from './commands';
import type { DomainError } from './domain-error';
import { domainError } from './domain-error';
import type { DomainEvent } from './events';
import type { OfficeRules } from './rules';
import type { LiveState, WindowState } from './state';
import type { LiveStatus, Ticket } from './ticket';

/** What every decision returns: the events to persist and apply, or why not. */
export type Decision = Result<DomainEvent[], DomainError>;

/** Builds the `ILLEGAL_TRANSITION` error for a ticket that is in the wrong status for a command. */
export function illegalTransition(ticket: Ticket, command: CommandType): DomainError {
  return domainError('ILLEGAL_TRANSITION', {
    number: ticket.number,
    status: ticket.status,
    command,
  });
}

/**
 * A window as decisions see it: its live state, or — for a configured window nobody opened yet
 * today — a closed one, so that "closed" and "never opened" answer the same. `null` when the id is
 * neither live nor configured.
 */
export function windowOf(
  state: LiveState,
  rules: OfficeRules,
  windowId: string,
): WindowState | null {
  const live = state.windows[windowId];
  if (live) return live;
  const configured = rules.windows.find((window) => window.id === windowId);
  if (!configured) return null;
  return {
    id: windowId,
    status: 'closed',
    clerkId: null,
    serviceIds: configured.serviceIds,
    ticketId: null,
    pauseReason: null,
    since: null,
    preferentialStreak: 0,
  };
}

/**
 * `NOT_YOUR_WINDOW` when a clerk acts through a window another clerk holds (or nobody holds);
 * supervisors and admins may act through any window, which is how they untangle a stuck counter.
 */
export function ownershipProblem(
  actor: Actor,
  window: WindowState | null | undefined,
  windowId: string | null,
): DomainError | null {
  if (actor.role !== 'clerk') return null;
  if (window && window.clerkId === actor.id) return null;
  return windowId === null
    ? domainError('NOT_YOUR_WINDOW')
    : domainError('NOT_YOUR_WINDOW', { windowId });
}

/**
 * Why a window cannot call a ticket now, or `null`: it must be open, held by the acting clerk,
 * not paused and empty — a window never holds two tickets.
 */
export function callProblem(
  state: LiveState,
  actor: Actor,
  window: WindowState,
): DomainError | null {
  if (window.status === 'closed') return domainError('WINDOW_CLOSED', { windowId: window.id });
  const notYours = ownershipProblem(actor, window, window.id);
  if (notYours) return notYours;
  if (window.status === 'paused') return domainError('WINDOW_PAUSED', { windowId: window.id });
  return busyProblem(state, window);
}

/** `WINDOW_BUSY` (with the held ticket's number) when the window holds a ticket, else `null`. */
export function busyProblem(state: LiveState, window: WindowState): DomainError | null {
  if (window.ticketId === null) return null;
  const held = state.tickets[window.ticketId];
  return held
    ? domainError('WINDOW_BUSY', { windowId: window.id, number: held.number })
    : domainError('WINDOW_BUSY', { windowId: window.id });
}

/**
 * The live ticket a command acts on, checked for status and — when it is at a window — for the
 * acting clerk's ownership of that window (status first: a ticket at no window has no owner).
 */
export function actionableTicket(
  state: LiveState,
  actor: Actor,
  ticketId: string,
  command: CommandType,
  allowed: readonly LiveStatus[],
): Result<Ticket, DomainError> {
  const ticket = state.tickets[ticketId];
  if (!ticket) return err(domainError('UNKNOWN_TICKET', { ticketId }));
  if (!allowed.some((status) => status === ticket.status)) {
    return err(illegalTransition(ticket, command));
  }
  if (ticket.windowId !== null) {
    const notYours = ownershipProblem(actor, state.windows[ticket.windowId], ticket.windowId);
    if (notYours) return err(notYours);
  }
  return ok(ticket);
}

/** A trimmed free text, `null` when nothing is left. */
export function cleanText(text: string | undefined): string | null {
  const trimmed = text?.trim() ?? '';
  return trimmed === '' ? null : trimmed;
}
