import type { DomainEvent } from './events';
import type { LiveState } from './state';
import type { Ticket } from './ticket';
import { ticketAfterEvent } from './ticket-transition';

/**
 * The final record of every ticket that `events` touch when applied to `state`, in the order they
 * were first touched — including records that leave the live state (done, no-show, cancelled,
 * transferred, expired), which `applyEvents` drops. This is what the ledger upserts next to
 * the events of one command. Cost: O(events + touched tickets).
 */
export function touchedTickets(state: LiveState, events: readonly DomainEvent[]): Ticket[] {
  const touched = new Map<string, Ticket>();
  const touch = (ticketId: string, event: DomainEvent): void => {
    const ticket = touched.get(ticketId) ?? state.tickets[ticketId];
    if (ticket) touched.set(ticketId, ticketAfterEvent(ticket, event));
  };
  for (const event of events) {
    switch (event.type) {
      case 'ticket:issued':
        touched.set(event.ticket.id, event.ticket);
        break;
      case 'ticket:transferred':
        touch(event.ticketId, event);
        touched.set(event.next.id, event.next);
        break;
      case 'ticket:called':
      case 'ticket:recalled':
      case 'ticket:started':
      case 'ticket:finished':
      case 'ticket:no-show':
      case 'ticket:cancelled':
        touch(event.ticketId, event);
        break;
      case 'day:closed':
        for (const ticketId of event.expiredTicketIds) touch(ticketId, event);
        break;
      default:
        break;
    }
  }
  return [...touched.values()];
}
