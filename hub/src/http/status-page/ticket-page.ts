import type { HubContext } from '../../hub-context';
import type { StoredTicket } from '../../ledger/ledger-repository';
import { STATUS_PAGE_ES as t } from '../status-page.es';
import { escapeHtml } from './html';
import { livePayload, officeClock } from './live-payload';
import { statusPageHtml } from './page-shell';
import { eventsPath, statusPath, viewPath } from './paths';

/**
 * The whole live page of a ticket whose key was checked. The ids are what the script swaps; the
 * status line stays the same element so screen readers announce its new sentence.
 */
export function ticketPageHtml(ctx: HubContext, stored: StoredTicket, key: string): string {
  const payload = livePayload(ctx, stored, key);
  const content = `<div id="ticket" class="ticket">${payload.ticket}</div>
<p id="estado" class="state ${payload.status}" role="status">${escapeHtml(payload.headline)}</p>
<div id="detalle">${payload.detail}</div>
<p id="actualizado" class="note">${escapeHtml(t.updated(officeClock(ctx)))}</p>`;
  const live = payload.settled
    ? null
    : { events: eventsPath(stored.id, key), view: viewPath(stored.id, key), key: payload.key };
  return statusPageHtml(ctx.config().office, content, live);
}

/** A short page with one message (a refusal, not found) and the way back to the ticket. */
export function messagePageHtml(
  ctx: HubContext,
  message: string,
  back: { ticketId: string; key: string } | null,
): string {
  const link = back
    ? `<a class="back" href="${escapeHtml(statusPath(back.ticketId, back.key))}">${escapeHtml(t.backToTicket)}</a>`
    : '';
  return statusPageHtml(
    ctx.config().office,
    `<p class="state" role="alert">${escapeHtml(message)}</p>${link}`,
    null,
  );
}

/** After a rating given with the page's form. */
export function thanksPageHtml(ctx: HubContext, ticketId: string, key: string): string {
  return statusPageHtml(
    ctx.config().office,
    `<h2 class="thanks">${escapeHtml(t.thanksTitle)}</h2>
<p class="advice">${escapeHtml(t.thanksBody)}</p>
<a class="back" href="${escapeHtml(statusPath(ticketId, key))}">${escapeHtml(t.backToTicket)}</a>`,
    null,
    t.thanksTitle,
  );
}
