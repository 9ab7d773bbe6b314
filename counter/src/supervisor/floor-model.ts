import type { Category, LiveState, PauseReason, Ticket } from '@cac/shared/domain';
import { isPreferential } from '@cac/shared/domain';
import type { OfficeView } from '@cac/shared/protocol';

/** What a window is doing, as the floor names it. */
export type WindowActivity = 'closed' | 'free' | 'calling' | 'serving' | 'paused';

/** One window of the floor. */
export type FloorWindow = {
  id: string;
  name: string;
  activity: WindowActivity;
  pauseReason: PauseReason | null;
  clerkName: string | null;
  /** The ticket it holds (called or being served). */
  ticket: Ticket | null;
  /**
   * Start of the time shown beside the state: the latest call while calling, the start of the
   * attention while serving, the start of the pause while paused; null for free and closed windows
   * (an open window's `since` is when it opened, not when it became free).
   */
  elapsedFrom: number | null;
};

/**
 * Every configured window in configuration order. A window that never opened today has no live
 * state and is closed; staff are named, falling back to their id for someone no longer configured.
 */
export function floorWindows(office: OfficeView, state: LiveState): FloorWindow[] {
  const names = new Map(office.staff.map((person) => [person.id, person.name]));
  return office.windows.map((configured) => {
    const live = state.windows[configured.id];
    const base = { id: configured.id, name: configured.name };
    if (!live || live.status === 'closed') {
      return {
        ...base,
        activity: 'closed',
        pauseReason: null,
        clerkName: null,
        ticket: null,
        elapsedFrom: null,
      };
    }
    const clerkName = live.clerkId === null ? null : (names.get(live.clerkId) ?? live.clerkId);
    const ticket = live.ticketId === null ? null : (state.tickets[live.ticketId] ?? null);
    if (live.status === 'paused') {
      return {
        ...base,
        activity: 'paused',
        pauseReason: live.pauseReason,
        clerkName,
        ticket,
        elapsedFrom: live.since,
      };
    }
    if (!ticket) {
      return {
        ...base,
        activity: 'free',
        pauseReason: null,
        clerkName,
        ticket: null,
        elapsedFrom: null,
      };
    }
    const serving = ticket.status === 'serving';
    return {
      ...base,
      activity: serving ? 'serving' : 'calling',
      pauseReason: null,
      clerkName,
      ticket,
      elapsedFrom: serving ? ticket.startedAt : ticket.calledAt,
    };
  });
}

/** One service's queue on the floor. */
export type FloorService = {
  id: string;
  name: string;
  prefix: string;
  colour: string;
  waiting: number;
  preferentialWaiting: number;
  /** Arrival of the ticket that has waited longest (a transfer keeps its first arrival); null when nobody waits. */
  oldestArrivalAt: number | null;
  slaTargetMin: number;
};

/**
 * The active services, plus any inactive one that still has people waiting (they must not
 * vanish from the floor), in configuration order. One pass over the live tickets.
 */
export function floorServices(office: OfficeView, state: LiveState): FloorService[] {
  const counts = new Map<string, { waiting: number; preferential: number; oldest: number }>();
  for (const ticket of Object.values(state.tickets)) {
    if (ticket.status !== 'waiting') continue;
    const count = counts.get(ticket.serviceId) ?? { waiting: 0, preferential: 0, oldest: Infinity };
    count.waiting += 1;
    if (isPreferential(ticket.category)) count.preferential += 1;
    count.oldest = Math.min(count.oldest, ticket.arrivalAt);
    counts.set(ticket.serviceId, count);
  }
  return office.services
    .filter((service) => service.active || (counts.get(service.id)?.waiting ?? 0) > 0)
    .map((service) => {
      const count = counts.get(service.id);
      return {
        id: service.id,
        name: service.name,
        prefix: service.prefix,
        colour: service.colour,
        waiting: count?.waiting ?? 0,
        preferentialWaiting: count?.preferential ?? 0,
        oldestArrivalAt: count ? count.oldest : null,
        slaTargetMin: service.slaTargetMin,
      };
    });
}

/** True once the longest wait of the service has passed its target (`slaTargetMin`). */
export function isOverTarget(service: FloorService, now: number): boolean {
  return (
    service.oldestArrivalAt !== null &&
    now - service.oldestArrivalAt > service.slaTargetMin * 60_000
  );
}

/** A waiting ticket as the floor lists it. */
export type FloorTicket = {
  id: string;
  number: string;
  serviceId: string;
  category: Category;
  arrivalAt: number;
  /** Only this window may call it (it was transferred there). */
  reservedWindowId: string | null;
  /** It continues an attention that began in another queue. */
  transferred: boolean;
};

/**
 * The waiting tickets, of one service or all, longest wait first (then by number and id, so the
 * list never reshuffles between renders). This is the order of arrival, not necessarily the call
 * order, which also depends on preference and on which window calls.
 */
export function waitingTickets(state: LiveState, serviceId: string | null): FloorTicket[] {
  return Object.values(state.tickets)
    .filter(
      (ticket) =>
        ticket.status === 'waiting' && (serviceId === null || ticket.serviceId === serviceId),
    )
    .sort(
      (a, b) =>
        a.arrivalAt - b.arrivalAt ||
        a.sequence - b.sequence ||
        (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
    )
    .map((ticket) => ({
      id: ticket.id,
      number: ticket.number,
      serviceId: ticket.serviceId,
      category: ticket.category,
      arrivalAt: ticket.arrivalAt,
      reservedWindowId: ticket.reservedWindowId,
      transferred: ticket.previousTicketId !== null,
    }));
}
