import type { TicketStatus } from '@cac/shared/domain';
import { estimateForTicket } from '@cac/shared/domain';
import type { HubContext } from '../../hub-context';
import type { StoredTicket } from '../../ledger/ledger-repository';
import { finalRecordOf } from '../../ratings/final-record';
import { currentTicketStatus } from '../../views/ticket-status';

/** Whether the page may ask "¿Cómo fue su atención?". */
export type RatingState = 'not-done' | 'open' | 'given';

/** Everything the live ticket page shows, computed from the hub's state at one moment. */
export type LiveTicketView = {
  /** The record the page follows (after transfers): the one a rating is about. */
  recordId: string;
  number: string;
  serviceName: string;
  status: TicketStatus;
  /** People ahead and the rough wait, while waiting. */
  peopleAhead: number | null;
  estimatedWaitMin: number | null;
  /** The window's name, while called or being served. */
  window: string | null;
  rating: RatingState;
};

/** The live view of the ticket a QR code names (transfers followed to the final record). */
export function liveTicketView(ctx: HubContext, stored: StoredTicket): LiveTicketView {
  const record = finalRecordOf(ctx, stored);
  const status = currentTicketStatus(ctx, stored);
  const waiting = status.status === 'waiting';
  const estimate = waiting
    ? estimateForTicket(ctx.writer.state(), ctx.rules(), record.id, ctx.now())
    : null;
  return {
    recordId: record.id,
    number: status.number,
    serviceName: status.serviceName,
    status: status.status,
    peopleAhead: waiting ? (status.position ?? estimate?.peopleAhead ?? 0) : null,
    estimatedWaitMin: estimate?.estimatedWaitMin ?? null,
    window: status.window,
    rating:
      status.status !== 'done'
        ? 'not-done'
        : ctx.ledger.ratings.ofTicket(record.id)
          ? 'given'
          : 'open',
  };
}

/**
 * True when nothing the page shows can change any more, so a live stream may end: the attention
 * was rated, or the ticket ended without one to rate.
 */
export function isSettled(view: LiveTicketView): boolean {
  return (
    view.rating === 'given' ||
    view.status === 'no_show' ||
    view.status === 'cancelled' ||
    view.status === 'expired'
  );
}
