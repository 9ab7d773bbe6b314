import type { DomainEvent, LiveState, Ticket } from '@cac/shared/domain';

/**
 * The final row of every ticket a batch of events touched, for the ledger's tickets table. Live
 * tickets are read from the state after the events; tickets that left the live state (finished,
 * no-show, cancelled, transferred, expired) are rebuilt from the state before, with their end.
 */
export function touchedTickets(
  before: LiveState,
  after: LiveState,
  events: readonly DomainEvent[],
): Ticket[] {
  const rows = new Map<string, Ticket>();
  const ended = (id: string, status: Ticket['status'], at: number): void => {
    const ticket = before.tickets[id] ?? rows.get(id);
    if (ticket) rows.set(id, { ...ticket, status, finishedAt: at });
  };
  for (const event of events) {
    switch (event.type) {
      case 'ticket:issued':
        rows.set(event.ticket.id, after.tickets[event.ticket.id] ?? event.ticket);
        break;
      case 'ticket:called':
      case 'ticket:recalled':
      case 'ticket:started': {
        const live = after.tickets[event.ticketId];
        if (live) rows.set(live.id, live);
        break;
      }
      case 'ticket:finished':
        ended(event.ticketId, 'done', event.at);
        break;
      case 'ticket:no-show':
        ended(event.ticketId, 'no_show', event.at);
        break;
      case 'ticket:cancelled':
        ended(event.ticketId, 'cancelled', event.at);
        break;
      case 'ticket:transferred':
        ended(event.ticketId, 'transferred', event.at);
        rows.set(event.next.id, after.tickets[event.next.id] ?? event.next);
        break;
      case 'day:closed':
        for (const id of event.expiredTicketIds) ended(id, 'expired', event.at);
        break;
      default:
        break;
    }
  }
  return [...rows.values()];
}
