import type { CallPolicy } from './rules';
import type { LiveState } from './state';
import type { Ticket } from './ticket';
import { isPreferential } from './ticket';

function weightOf(policy: CallPolicy, serviceId: string): number {
  return policy.serviceWeights[serviceId] ?? 1;
}

function priorityOf(ticket: Ticket, policy: CallPolicy, now: number): number {
  // A ticket stamped slightly in the future (clock skew between hub restarts) has waited 0, not a
  // negative time that a weight would push further back.
  return Math.max(0, now - ticket.arrivalAt) * weightOf(policy, ticket.serviceId);
}

/**
 * The call order, as a comparator (negative: `a` is called before `b`):
 * 1. if `policy.preferentialFirst`, preferential categories before ordinary ones;
 * 2. then the larger waited time × service weight first (`now − arrivalAt`, weight 1 unless
 *    `policy.serviceWeights` says otherwise — with no weights this is first-come-first-served by
 *    arrival across services);
 * 3. ties by earlier arrival, then lower sequence, then id, so the order never depends on the
 *    order tickets happen to be stored in.
 *
 * `maxPreferentialInRow` is not part of the comparator: it depends on the window's history and is
 * applied by {@link nextTicketFor}.
 */
export function compareForCall(a: Ticket, b: Ticket, policy: CallPolicy, now: number): number {
  if (policy.preferentialFirst) {
    const aPreferential = isPreferential(a.category);
    if (aPreferential !== isPreferential(b.category)) return aPreferential ? -1 : 1;
  }
  const byPriority = priorityOf(b, policy, now) - priorityOf(a, policy, now);
  if (byPriority !== 0) return byPriority;
  if (a.arrivalAt !== b.arrivalAt) return a.arrivalAt - b.arrivalAt;
  if (a.sequence !== b.sequence) return a.sequence - b.sequence;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/**
 * Whether a window may call this waiting ticket: it serves the ticket's service and the ticket is
 * not reserved for another window, or the ticket was transferred to this very window (then its
 * service does not matter).
 */
export function isCallableAt(
  ticket: Ticket,
  windowId: string,
  serviceIds: readonly string[],
): boolean {
  if (ticket.reservedWindowId !== null) return ticket.reservedWindowId === windowId;
  return serviceIds.includes(ticket.serviceId);
}

/**
 * The waiting ticket a window would call next, or `null` when none is callable (or the window is
 * unknown). Candidates are the tickets {@link isCallableAt} the window, ordered by
 * {@link compareForCall}; then, when `policy.maxPreferentialInRow` is N and the window has already
 * made N preferential calls in a row, the best ordinary candidate goes first if there is one.
 * One pass over the live tickets.
 */
export function nextTicketFor(
  state: LiveState,
  windowId: string,
  policy: CallPolicy,
  now: number,
): Ticket | null {
  const window = state.windows[windowId];
  if (!window) return null;
  let best: Ticket | null = null;
  let bestOrdinary: Ticket | null = null;
  for (const ticket of Object.values(state.tickets)) {
    if (ticket.status !== 'waiting' || !isCallableAt(ticket, windowId, window.serviceIds)) continue;
    if (!best || compareForCall(ticket, best, policy, now) < 0) best = ticket;
    if (
      !isPreferential(ticket.category) &&
      (!bestOrdinary || compareForCall(ticket, bestOrdinary, policy, now) < 0)
    ) {
      bestOrdinary = ticket;
    }
  }
  const limit = policy.maxPreferentialInRow;
  if (
    best &&
    bestOrdinary &&
    limit !== null &&
    isPreferential(best.category) &&
    window.preferentialStreak >= limit
  ) {
    return bestOrdinary;
  }
  return best;
}

/**
 * How many waiting tickets of the same service {@link compareForCall} puts before this one (the
 * streak limit is ignored: it depends on which window calls). 0 for a ticket that is not waiting
 * or not in the live state. One pass over the live tickets.
 */
export function peopleAhead(
  state: LiveState,
  ticketId: string,
  policy: CallPolicy,
  now: number,
): number {
  const ticket = state.tickets[ticketId];
  if (!ticket || ticket.status !== 'waiting') return 0;
  let ahead = 0;
  for (const other of Object.values(state.tickets)) {
    if (
      other.id !== ticket.id &&
      other.status === 'waiting' &&
      other.serviceId === ticket.serviceId &&
      compareForCall(other, ticket, policy, now) < 0
    ) {
      ahead += 1;
    }
  }
  return ahead;
}
