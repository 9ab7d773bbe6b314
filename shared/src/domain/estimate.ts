import { peopleAhead } from './call-policy';
import type { OfficeRules } from './rules';
import type { LiveState } from './state';
import type { Ticket } from './ticket';
import { isPreferential } from './ticket';

/** What the displays and the kiosk show about one service's queue. */
export type ServiceQueueSummary = {
  /** Waiting tickets of the service (including those reserved for one window). */
  waiting: number;
  preferentialWaiting: number;
  /** Whole minutes the oldest waiting ticket has waited; 0 when nobody waits. */
  oldestWaitMin: number;
  /** Windows that are open (not paused, not closed) and serve the service. */
  openWindows: number;
  /** Minutes per attention used for the estimate (see {@link serviceQueueSummary}). */
  avgServiceMin: number;
  /** Minutes a ticket taken now would wait (see {@link serviceQueueSummary}). */
  estimatedWaitMin: number;
};

/** A waiting ticket's place and expected wait. */
export type TicketEstimate = { peopleAhead: number; estimatedWaitMin: number };

/** Samples needed before today's own durations replace the configured default. */
export const MIN_DURATION_SAMPLES = 3;

const MINUTE_MS = 60_000;

function avgServiceMinOf(state: LiveState, rules: OfficeRules, serviceId: string): number {
  const samples = state.serviceStats[serviceId]?.recentServiceMs ?? [];
  if (samples.length >= MIN_DURATION_SAMPLES) {
    let total = 0;
    for (const ms of samples) total += ms;
    return total / samples.length / MINUTE_MS;
  }
  // An unknown service has no default; 0 is better than inventing one (it has no queue either).
  return rules.services.find((service) => service.id === serviceId)?.defaultServiceMin ?? 0;
}

function openWindowsFor(state: LiveState, serviceId: string): number {
  let open = 0;
  for (const window of Object.values(state.windows)) {
    if (window.status === 'open' && window.serviceIds.includes(serviceId)) open += 1;
  }
  return open;
}

/**
 * True for the ticket issued last in its service today while no transferred ticket waits there:
 * then nobody in its queue arrived after it. (A transferred ticket keeps its first arrival, which
 * may be later; with one waiting, the full scan decides.)
 */
function isNewestOfService(state: LiveState, ticket: Ticket): boolean {
  return (
    ticket.previousTicketId === null &&
    ticket.sequence === state.lastSequence[ticket.serviceId] &&
    (state.serviceStats[ticket.serviceId]?.transfersWaiting ?? 0) === 0
  );
}

/**
 * People ahead of the newest ticket of a service without scanning the queue: within one service
 * every ticket has the same weight, so the order is by arrival and everyone waiting in its group
 * (the preferential ones for a preferential ticket, everybody otherwise) is ahead. Equal to
 * {@link peopleAhead} for that ticket — the take-ticket path runs this on every ticket.
 */
function aheadOfNewest(state: LiveState, ticket: Ticket, rules: OfficeRules): number {
  const stats = state.serviceStats[ticket.serviceId];
  if (!stats) return 0;
  const group =
    rules.callPolicy.preferentialFirst && isPreferential(ticket.category)
      ? stats.preferentialWaiting
      : stats.waiting;
  return Math.max(0, group - 1);
}

function waitMin(ahead: number, avgServiceMin: number, openWindows: number): number {
  return Math.ceil((ahead * avgServiceMin) / Math.max(1, openWindows));
}

/**
 * The queue of one service at `now`.
 *
 * - `avgServiceMin` is the mean of the service's recent attention durations
 *   (`serviceStats.recentServiceMs`) once there are at least {@link MIN_DURATION_SAMPLES} of them
 *   today, and the service's configured `defaultServiceMin` before that, so the first citizens of
 *   the day do not see "0 min".
 * - `estimatedWaitMin = ceil(waiting × avgServiceMin / max(1, openWindows))`: everybody already
 *   waiting is ahead of a ticket taken now, and the open windows serving the service share them.
 *   With no window open the estimate assumes one will open rather than showing infinity.
 *   It ignores preference, weights and windows shared with other services: a rough, honest figure.
 *
 * Cost: one pass over the live tickets and one over the windows.
 */
export function serviceQueueSummary(
  state: LiveState,
  rules: OfficeRules,
  serviceId: string,
  now: number,
): ServiceQueueSummary {
  let waiting = 0;
  let preferentialWaiting = 0;
  let oldestArrival = Infinity;
  for (const ticket of Object.values(state.tickets)) {
    if (ticket.status !== 'waiting' || ticket.serviceId !== serviceId) continue;
    waiting += 1;
    if (isPreferential(ticket.category)) preferentialWaiting += 1;
    oldestArrival = Math.min(oldestArrival, ticket.arrivalAt);
  }
  const openWindows = openWindowsFor(state, serviceId);
  const avgServiceMin = avgServiceMinOf(state, rules, serviceId);
  return {
    waiting,
    preferentialWaiting,
    oldestWaitMin: waiting === 0 ? 0 : Math.max(0, Math.floor((now - oldestArrival) / MINUTE_MS)),
    openWindows,
    avgServiceMin,
    estimatedWaitMin: waitMin(waiting, avgServiceMin, openWindows),
  };
}

/**
 * One waiting ticket's place and expected wait:
 * `estimatedWaitMin = ceil(peopleAhead × avgServiceMin / max(1, openWindows))`, with
 * `peopleAhead` from the call policy ({@link peopleAhead}) and `avgServiceMin`, `openWindows` as in
 * {@link serviceQueueSummary}. A ticket that is not waiting (or not live) gets `{0, 0}`.
 * Cost: one pass over the live tickets and one over the windows.
 */
export function estimateForTicket(
  state: LiveState,
  rules: OfficeRules,
  ticketId: string,
  now: number,
): TicketEstimate {
  const ticket = state.tickets[ticketId];
  if (!ticket || ticket.status !== 'waiting') return { peopleAhead: 0, estimatedWaitMin: 0 };
  const ahead = isNewestOfService(state, ticket)
    ? aheadOfNewest(state, ticket, rules)
    : peopleAhead(state, ticketId, rules.callPolicy, now);
  const avgServiceMin = avgServiceMinOf(state, rules, ticket.serviceId);
  return {
    peopleAhead: ahead,
    estimatedWaitMin: waitMin(ahead, avgServiceMin, openWindowsFor(state, ticket.serviceId)),
  };
}
