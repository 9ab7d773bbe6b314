import type { DomainEvent } from './events';
import type { Ticket, TicketStatus } from './ticket';

function ended(ticket: Ticket, status: TicketStatus, at: number): Ticket {
  return { ...ticket, status, finishedAt: at };
}

/**
 * The record of one ticket after an event, including the final statuses (`done`, `no_show`,
 * `cancelled`, `transferred`, `expired`) that the live state no longer keeps but the ledger stores.
 * For every final status `finishedAt` is when the record left the queue, so reports can tell how
 * long any ticket lived. An event that is not about this ticket returns it unchanged.
 */
export function ticketAfterEvent(ticket: Ticket, event: DomainEvent): Ticket {
  switch (event.type) {
    case 'ticket:called':
      if (event.ticketId !== ticket.id) return ticket;
      return {
        ...ticket,
        status: 'called',
        windowId: event.windowId,
        callCount: ticket.callCount + 1,
        firstCalledAt: ticket.firstCalledAt ?? event.at,
        calledAt: event.at,
      };
    case 'ticket:recalled':
      if (event.ticketId !== ticket.id) return ticket;
      return { ...ticket, callCount: ticket.callCount + 1, calledAt: event.at };
    case 'ticket:started':
      if (event.ticketId !== ticket.id) return ticket;
      return { ...ticket, status: 'serving', startedAt: event.at };
    case 'ticket:finished':
      return event.ticketId === ticket.id ? ended(ticket, 'done', event.at) : ticket;
    case 'ticket:no-show':
      return event.ticketId === ticket.id ? ended(ticket, 'no_show', event.at) : ticket;
    case 'ticket:cancelled':
      return event.ticketId === ticket.id ? ended(ticket, 'cancelled', event.at) : ticket;
    case 'ticket:transferred':
      return event.ticketId === ticket.id ? ended(ticket, 'transferred', event.at) : ticket;
    case 'day:closed':
      return event.expiredTicketIds.includes(ticket.id)
        ? ended(ticket, 'expired', event.at)
        : ticket;
    default:
      return ticket;
  }
}
