import type { DomainEvent, EventType } from './events';
import type { CallRecord, LiveState, ServiceStats, WindowState } from './state';
import { RECENT_CALLS, RECENT_DURATIONS } from './state';
import type { Ticket } from './ticket';
import { isPreferential } from './ticket';
import { ticketAfterEvent } from './ticket-transition';

type EventOf<T extends EventType> = Extract<DomainEvent, { type: T }>;

/**
 * How the reducer writes the ticket table. Clients use copies, so that every state is a new
 * value; the hub's writer owns its state alone and writes in place, so that an event costs the
 * same with ten or ten thousand tickets waiting. Only the ticket table, the one structure that
 * grows with the queue, goes through these; everything else is small and always copied.
 */
type TicketTable = {
  put(tickets: LiveState['tickets'], ticket: Ticket): LiveState['tickets'];
  remove(tickets: LiveState['tickets'], ticketId: string): LiveState['tickets'];
};

const COPYING: TicketTable = {
  put: (tickets, ticket) => ({ ...tickets, [ticket.id]: ticket }),
  remove: (tickets, ticketId) => {
    const { [ticketId]: _removed, ...rest } = tickets;
    return rest;
  },
};

const IN_PLACE: TicketTable = {
  put: (tickets, ticket) => {
    (tickets as Record<string, Ticket>)[ticket.id] = ticket;
    return tickets;
  },
  remove: (tickets, ticketId) => {
    Reflect.deleteProperty(tickets, ticketId);
    return tickets;
  },
};

/** The live state of an office day before anything happened: no tickets, every window closed. */
export function emptyState(officeDay: string): LiveState {
  return {
    officeDay,
    dayClosed: false,
    tickets: {},
    windows: {},
    lastSequence: {},
    recentCalls: [],
    serviceStats: {},
  };
}

/**
 * The state after one event. The same reducer runs in the hub and in every client, so it is pure
 * and returns a new object (sharing what did not change); each step copies at most the live
 * tickets and the windows, never anything that grows with the day's total.
 *
 * Events are trusted facts, but a client may see them out of order before it resyncs: an event
 * about a ticket or window the state does not know is ignored (the state comes back unchanged),
 * never thrown on.
 */
export function applyEvent(state: LiveState, event: DomainEvent): LiveState {
  return reduce(state, event, COPYING);
}

/** Applies events in order; the result equals applying them one by one with {@link applyEvent}. */
export function applyEvents(state: LiveState, events: readonly DomainEvent[]): LiveState {
  let next = state;
  for (const event of events) next = reduce(next, event, COPYING);
  return next;
}

/**
 * Same result as {@link applyEvents}, but the ticket table of `state` is updated in place (the
 * returned state shares it), so each event costs O(1) however long the queue. Only for an owner
 * that never keeps an older state for later: the hub's single writer, and replays at start-up.
 */
export function applyEventsInPlace(state: LiveState, events: readonly DomainEvent[]): LiveState {
  let next = state;
  for (const event of events) next = reduce(next, event, IN_PLACE);
  return next;
}

function reduce(state: LiveState, event: DomainEvent, table: TicketTable): LiveState {
  switch (event.type) {
    case 'ticket:issued':
      return onIssued(state, event, table);
    case 'ticket:called':
      return onCalled(state, event, table);
    case 'ticket:recalled':
      return onRecalled(state, event, table);
    case 'ticket:started':
      return onStarted(state, event, table);
    case 'ticket:finished':
    case 'ticket:no-show':
    case 'ticket:cancelled':
      return onLeft(state, event, table);
    case 'ticket:transferred':
      return onTransferred(state, event, table);
    case 'window:opened':
      return onWindowOpened(state, event);
    case 'window:closed':
    case 'window:paused':
    case 'window:resumed':
      return onWindowChanged(state, event);
    case 'day:closed':
      return onDayClosed(state, event, table);
    case 'day:started':
      // Numbering, statistics and windows all restart: clerks open their windows again each day.
      return emptyState(event.officeDay);
  }
}

const NO_STATS: ServiceStats = {
  issued: 0,
  served: 0,
  recentServiceMs: [],
  waiting: 0,
  preferentialWaiting: 0,
  transfersWaiting: 0,
};

function statsOf(state: LiveState, serviceId: string): ServiceStats {
  return state.serviceStats[serviceId] ?? NO_STATS;
}

/**
 * The service figures after `ticket` joins (+1) or leaves (−1) the waiting queue; the counts make
 * the position of a new ticket O(1) instead of a scan of the queue.
 */
function countWaiting(
  serviceStats: LiveState['serviceStats'],
  ticket: Ticket,
  delta: 1 | -1,
): LiveState['serviceStats'] {
  const stats = serviceStats[ticket.serviceId] ?? NO_STATS;
  return {
    ...serviceStats,
    [ticket.serviceId]: {
      ...stats,
      // Never below zero, even for a state assembled by hand rather than by events.
      waiting: Math.max(0, stats.waiting + delta),
      preferentialWaiting: Math.max(
        0,
        stats.preferentialWaiting + (isPreferential(ticket.category) ? delta : 0),
      ),
      transfersWaiting: Math.max(
        0,
        stats.transfersWaiting + (ticket.previousTicketId === null ? 0 : delta),
      ),
    },
  };
}

/** Frees the window only if it really holds this ticket, so a stale event cannot free another. */
function freeWindow(
  windows: LiveState['windows'],
  windowId: string | null,
  ticketId: string,
): LiveState['windows'] {
  const window = windowId === null ? undefined : windows[windowId];
  if (!window || window.ticketId !== ticketId) return windows;
  return { ...windows, [window.id]: { ...window, ticketId: null } };
}

function withCall(state: LiveState, ticket: Ticket, windowId: string, at: number): CallRecord[] {
  const record: CallRecord = {
    ticketId: ticket.id,
    number: ticket.number,
    serviceId: ticket.serviceId,
    category: ticket.category,
    windowId,
    at,
    callCount: ticket.callCount,
  };
  return [record, ...state.recentCalls.slice(0, RECENT_CALLS - 1)];
}

function onIssued(
  state: LiveState,
  event: EventOf<'ticket:issued'>,
  table: TicketTable,
): LiveState {
  const { ticket } = event;
  // A duplicated delivery must not count the ticket twice.
  if (state.tickets[ticket.id]) return state;
  const stats = statsOf(state, ticket.serviceId);
  return {
    ...state,
    tickets: table.put(state.tickets, ticket),
    lastSequence: {
      ...state.lastSequence,
      [ticket.serviceId]: Math.max(state.lastSequence[ticket.serviceId] ?? 0, ticket.sequence),
    },
    serviceStats: countWaiting(
      { ...state.serviceStats, [ticket.serviceId]: { ...stats, issued: stats.issued + 1 } },
      ticket,
      1,
    ),
  };
}

function onCalled(
  state: LiveState,
  event: EventOf<'ticket:called'>,
  table: TicketTable,
): LiveState {
  const ticket = state.tickets[event.ticketId];
  if (!ticket) return state;
  const called = ticketAfterEvent(ticket, event);
  const window = state.windows[event.windowId];
  const windows: LiveState['windows'] = window
    ? {
        ...state.windows,
        [window.id]: {
          ...window,
          ticketId: called.id,
          preferentialStreak: isPreferential(called.category) ? window.preferentialStreak + 1 : 0,
        },
      }
    : state.windows;
  return {
    ...state,
    tickets: table.put(state.tickets, called),
    windows,
    recentCalls: withCall(state, called, event.windowId, event.at),
    serviceStats:
      ticket.status === 'waiting'
        ? countWaiting(state.serviceStats, ticket, -1)
        : state.serviceStats,
  };
}

function onRecalled(
  state: LiveState,
  event: EventOf<'ticket:recalled'>,
  table: TicketTable,
): LiveState {
  const ticket = state.tickets[event.ticketId];
  if (!ticket || ticket.windowId === null) return state;
  const recalled = ticketAfterEvent(ticket, event);
  return {
    ...state,
    tickets: table.put(state.tickets, recalled),
    recentCalls: withCall(state, recalled, ticket.windowId, event.at),
  };
}

function onStarted(
  state: LiveState,
  event: EventOf<'ticket:started'>,
  table: TicketTable,
): LiveState {
  const ticket = state.tickets[event.ticketId];
  if (!ticket) return state;
  return { ...state, tickets: table.put(state.tickets, ticketAfterEvent(ticket, event)) };
}

function onLeft(
  state: LiveState,
  event: EventOf<'ticket:finished' | 'ticket:no-show' | 'ticket:cancelled'>,
  table: TicketTable,
): LiveState {
  const ticket = state.tickets[event.ticketId];
  if (!ticket) return state;
  const next: LiveState = {
    ...state,
    tickets: table.remove(state.tickets, ticket.id),
    windows: freeWindow(state.windows, ticket.windowId, ticket.id),
    serviceStats:
      ticket.status === 'waiting'
        ? countWaiting(state.serviceStats, ticket, -1)
        : state.serviceStats,
  };
  if (event.type !== 'ticket:finished') return next;
  const stats = statsOf(state, ticket.serviceId);
  const begin = ticket.startedAt ?? ticket.calledAt;
  // Only a real attention feeds the estimate; a negative span (clock step back) would skew it.
  const recentServiceMs =
    begin === null
      ? stats.recentServiceMs
      : [...stats.recentServiceMs, Math.max(0, event.at - begin)].slice(-RECENT_DURATIONS);
  return {
    ...next,
    serviceStats: {
      ...next.serviceStats,
      [ticket.serviceId]: { ...stats, served: stats.served + 1, recentServiceMs },
    },
  };
}

function onTransferred(
  state: LiveState,
  event: EventOf<'ticket:transferred'>,
  table: TicketTable,
): LiveState {
  const ticket = state.tickets[event.ticketId];
  if (!ticket) return state;
  const left =
    ticket.status === 'waiting' ? countWaiting(state.serviceStats, ticket, -1) : state.serviceStats;
  return {
    ...state,
    tickets: table.put(table.remove(state.tickets, ticket.id), event.next),
    windows: freeWindow(state.windows, ticket.windowId, ticket.id),
    serviceStats: countWaiting(left, event.next, 1),
  };
}

function onWindowOpened(state: LiveState, event: EventOf<'window:opened'>): LiveState {
  const before: WindowState = state.windows[event.windowId] ?? {
    id: event.windowId,
    status: 'closed',
    clerkId: null,
    serviceIds: [],
    ticketId: null,
    pauseReason: null,
    since: null,
    preferentialStreak: 0,
  };
  // Re-opening by the same clerk only changes the services: the window stays open since the
  // same moment and keeps its streak, so re-opening cannot reset `maxPreferentialInRow`.
  const sameShift = before.status !== 'closed' && before.clerkId === event.clerkId;
  const window: WindowState = {
    ...before,
    status: 'open',
    clerkId: event.clerkId,
    serviceIds: event.serviceIds,
    pauseReason: null,
    since: sameShift && before.status === 'open' ? before.since : event.at,
    preferentialStreak: sameShift ? before.preferentialStreak : 0,
  };
  return { ...state, windows: { ...state.windows, [window.id]: window } };
}

function onWindowChanged(
  state: LiveState,
  event: EventOf<'window:closed' | 'window:paused' | 'window:resumed'>,
): LiveState {
  const before = state.windows[event.windowId];
  if (!before) return state;
  let window: WindowState;
  if (event.type === 'window:closed') {
    window = {
      ...before,
      status: 'closed',
      clerkId: null,
      pauseReason: null,
      since: event.at,
      preferentialStreak: 0,
    };
  } else if (event.type === 'window:paused') {
    window = { ...before, status: 'paused', pauseReason: event.reason, since: event.at };
  } else {
    window = { ...before, status: 'open', pauseReason: null, since: event.at };
  }
  return { ...state, windows: { ...state.windows, [window.id]: window } };
}

function onDayClosed(
  state: LiveState,
  event: EventOf<'day:closed'>,
  table: TicketTable,
): LiveState {
  // A late close of an earlier day must not close today.
  if (event.officeDay !== state.officeDay) return state;
  let { tickets, serviceStats } = state;
  for (const id of event.expiredTicketIds) {
    const ticket = tickets[id];
    if (!ticket) continue;
    if (ticket.status === 'waiting') serviceStats = countWaiting(serviceStats, ticket, -1);
    tickets = table.remove(tickets, id);
  }
  return { ...state, dayClosed: true, tickets, serviceStats };
}
