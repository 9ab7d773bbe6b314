import type { CallPolicy, LiveState, Ticket, WindowState } from '@cac/shared/domain';
import { compareForCall, isCallableAt, isPreferential } from '@cac/shared/domain';

/** One line of "Mis colas": the people this window could call, per service. */
export type DeskQueueRow = {
  serviceId: string;
  /** A service the window does not serve, listed because tickets were sent to this very window. */
  reservedOnly: boolean;
  waiting: number;
  preferential: number;
  /** Arrival of the one who has waited longest (transfers keep their first arrival); null if none. */
  oldestArrivalAt: number | null;
};

/**
 * The queues as this window sees them: only tickets it may call (`isCallableAt`), so a ticket sent
 * to another window is not counted here and one sent to this window is, even from a service it
 * does not serve. The window's services come first, in its order, even when nobody waits.
 * One pass over the live tickets.
 */
export function deskQueues(state: LiveState, window: WindowState): DeskQueueRow[] {
  const rows = new Map<string, DeskQueueRow>();
  for (const serviceId of window.serviceIds) {
    rows.set(serviceId, {
      serviceId,
      reservedOnly: false,
      waiting: 0,
      preferential: 0,
      oldestArrivalAt: null,
    });
  }
  for (const ticket of Object.values(state.tickets)) {
    if (ticket.status !== 'waiting' || !isCallableAt(ticket, window.id, window.serviceIds))
      continue;
    let row = rows.get(ticket.serviceId);
    if (!row) {
      row = {
        serviceId: ticket.serviceId,
        reservedOnly: true,
        waiting: 0,
        preferential: 0,
        oldestArrivalAt: null,
      };
      rows.set(ticket.serviceId, row);
    }
    row.waiting += 1;
    if (isPreferential(ticket.category)) row.preferential += 1;
    if (row.oldestArrivalAt === null || ticket.arrivalAt < row.oldestArrivalAt) {
      row.oldestArrivalAt = ticket.arrivalAt;
    }
  }
  return [...rows.values()];
}

/** The tickets this window may call, in the order the call policy would call them. */
export function callableTickets(
  state: LiveState,
  window: WindowState,
  policy: CallPolicy,
  now: number,
): Ticket[] {
  return Object.values(state.tickets)
    .filter(
      (ticket) => ticket.status === 'waiting' && isCallableAt(ticket, window.id, window.serviceIds),
    )
    .sort((a, b) => compareForCall(a, b, policy, now));
}
