import type { OfficeConfig } from '@cac/shared/protocol';
import { STATUS_PAGE_ES as t } from '../status-page.es';
import { escapeHtml } from './html';
import type { LiveTicketView } from './live-view';
import { onlineProceduresHtml } from './online-procedures';
import { ratingFormHtml } from './rating-form';

/** The sentence the page's `role="status"` line says (and screen readers announce on change). */
export function headlineOf(view: LiveTicketView): string {
  const where = view.window ?? '';
  switch (view.status) {
    case 'waiting':
      return t.waitingAhead(view.peopleAhead ?? 0);
    case 'called':
      return t.calledTo(where);
    case 'serving':
      return t.serving(where);
    case 'done':
      return t.finished;
    case 'no_show':
      return t.noShow;
    case 'cancelled':
      return t.cancelled;
    case 'transferred':
    case 'expired':
      return t.expired;
  }
}

/** Number and service (a transfer may change both). */
export function ticketHtml(view: LiveTicketView): string {
  return `<p class="label">${escapeHtml(t.yourTicket)}</p>
<p class="number">${escapeHtml(view.number)}</p>
<p class="service">${escapeHtml(view.serviceName)}</p>`;
}

function waitingHtml(view: LiveTicketView): string {
  return `<dl class="figures">
<div><dt>${escapeHtml(t.peopleAheadLabel)}</dt><dd>${view.peopleAhead ?? 0}</dd></div>
<div><dt>${escapeHtml(t.waitLabel)}</dt><dd class="wait">${escapeHtml(t.waitMinutes(view.estimatedWaitMin ?? 0))}</dd></div>
</dl><p class="advice">${escapeHtml(t.waitAdvice)}</p>`;
}

/**
 * What follows the status line: the figures while waiting, the rating form once the attention is
 * done (or thanks once rated), and the online procedures whenever the citizen is not at a window.
 */
export function detailHtml(
  view: LiveTicketView,
  procedures: OfficeConfig['onlineProcedures'],
  ratingAction: string,
): string {
  switch (view.status) {
    case 'waiting':
      return waitingHtml(view) + onlineProceduresHtml(procedures);
    case 'called':
      return `<p class="advice">${escapeHtml(t.calledHint)}</p>`;
    case 'serving':
      return '';
    case 'done':
      return view.rating === 'given'
        ? `<p class="thanks">${escapeHtml(t.rated)}</p>${onlineProceduresHtml(procedures)}`
        : ratingFormHtml(ratingAction);
    default:
      return onlineProceduresHtml(procedures);
  }
}
