import type { HubContext } from '../hub-context';
import type { StoredTicket } from '../ledger/ledger-repository';

/** More hops than any real day has; it only guards against a corrupt chain. */
const MAX_TRANSFERS = 20;

/**
 * The record where a citizen's attention continued after transfers: the QR code names the first
 * record, but the attention that can be rated (and the window and clerk it is credited to) is the
 * last one.
 */
export function finalRecordOf(ctx: Pick<HubContext, 'ledger'>, stored: StoredTicket): StoredTicket {
  let current = stored;
  for (let hops = 0; current.status === 'transferred' && hops < MAX_TRANSFERS; hops += 1) {
    const next = ctx.ledger
      .ticketsOfDay(current.officeDay)
      .find((ticket) => ticket.previousTicketId === current.id);
    if (!next) break;
    current = next;
  }
  return current;
}
