import { createHash } from 'node:crypto';
import type { HubContext } from '../../hub-context';
import type { StoredTicket } from '../../ledger/ledger-repository';
import { detailHtml, headlineOf, ticketHtml } from './live-fragments';
import { isSettled, liveTicketView } from './live-view';
import { ratingPath } from './paths';

/**
 * What the page's script receives (SSE or polling): the status line and the two swappable parts,
 * rendered by the same functions as the first page, so the page looks the same with or without
 * JavaScript.
 */
export type LivePayload = {
  status: string;
  headline: string;
  ticket: string;
  detail: string;
  /** Nothing will change any more: the stream ends and the page stops asking. */
  settled: boolean;
  /** Identifies the content above: a stream sends a payload only when its key changed. */
  key: string;
};

/** The page's live content for a ticket whose key was already checked. */
export function livePayload(ctx: HubContext, stored: StoredTicket, key: string): LivePayload {
  const view = liveTicketView(ctx, stored);
  const content = {
    status: view.status,
    headline: headlineOf(view),
    ticket: ticketHtml(view),
    detail: detailHtml(view, ctx.config().onlineProcedures, ratingPath(stored.id, key)),
  };
  const hash = createHash('sha1').update(JSON.stringify(content)).digest('base64url');
  return { ...content, settled: isSettled(view), key: hash };
}

/** "10:42" in the office's time zone, on the hub's clock. */
export function officeClock(ctx: HubContext): string {
  return new Intl.DateTimeFormat('es-PE', {
    timeZone: ctx.rules().timeZone,
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(ctx.now());
}
