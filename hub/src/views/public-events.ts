import type { DomainEvent } from '@cac/shared/domain';

/**
 * Events as kiosks and displays receive them: free text typed by staff (notes, reasons) may name
 * a person, so it never leaves the staff namespaces.
 */
export function publicEvents(events: readonly DomainEvent[]): DomainEvent[] {
  return events.map((event) => {
    switch (event.type) {
      case 'ticket:finished': {
        // The result names an expediente or a receipt: staff business, not the waiting room's.
        const { result: _result, ...rest } = event;
        return { ...rest, note: null };
      }
      case 'ticket:transferred':
        return { ...event, note: null };
      case 'ticket:called':
        return event.reason === null ? event : { ...event, reason: null };
      case 'ticket:cancelled':
        return { ...event, reason: null };
      default:
        return event;
    }
  });
}
