import { Router } from 'express';
import type { StoredTicket } from '../../ledger/ledger-repository';
import type { HubContext } from '../../hub-context';
import { currentTicketStatus } from '../../views/ticket-status';
import { STATUS_PAGE_ES as t } from '../status-page.es';

/**
 * Keeps the page current without reloading it (a meta refresh would move the reader's focus and
 * fails WCAG 2.2.1): every 20 s it fetches the page again and swaps the content, which the
 * `role="status"` line announces to screen readers. Without JavaScript the page still works; the
 * reader reloads it.
 */
const REFRESH_SCRIPT = `setInterval(function () {
  fetch(location.href, { cache: 'no-store' })
    .then(function (r) { return r.ok ? r.text() : null; })
    .then(function (html) {
      if (!html) return;
      var fresh = new DOMParser().parseFromString(html, 'text/html').querySelector('main');
      var main = document.querySelector('main');
      if (fresh && main) main.innerHTML = fresh.innerHTML;
    })
    .catch(function () {});
}, 20000);
`;

const escapeHtml = (text: string): string =>
  text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * `GET /estado/{ticketId}?k=…`: the page the ticket's QR code opens, in Spanish, for a phone. It
 * shows the number, the service and where the turn stands — nothing personal. A wrong key looks
 * exactly like a missing ticket.
 */
export function statusPageRoutes(ctx: HubContext): Router {
  const router = Router();
  // Served from the hub's own origin, so the page's CSP (script-src 'self') allows it.
  router.get('/estado/refresh.js', (_req, res) => {
    res.type('application/javascript').set('Cache-Control', 'max-age=3600').send(REFRESH_SCRIPT);
  });
  router.get('/estado/:ticketId', (req, res) => {
    const key = typeof req.query['k'] === 'string' ? req.query['k'] : '';
    const stored = ctx.ledger.getTicket(String(req.params['ticketId']));
    res.set('Cache-Control', 'no-store');
    if (!stored || !key || stored.accessKey !== key) {
      res
        .status(404)
        .type('html')
        .send(page(ctx, `<p class="note">${escapeHtml(t.notFound)}</p>`, false));
      return;
    }
    res.type('html').send(page(ctx, body(ctx, stored), true));
  });
  return router;
}

function body(ctx: HubContext, stored: StoredTicket): string {
  const status = currentTicketStatus(ctx, stored);
  const where = status.window ?? '';
  const line =
    status.status === 'waiting'
      ? t.waitingAhead(status.position ?? 0)
      : status.status === 'called'
        ? t.calledTo(where)
        : status.status === 'serving'
          ? t.serving(where)
          : status.status === 'done'
            ? t.finished
            : status.status === 'no_show'
              ? t.noShow
              : status.status === 'cancelled'
                ? t.cancelled
                : t.expired;
  const time = new Intl.DateTimeFormat('es-PE', {
    timeZone: ctx.rules().timeZone,
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(ctx.now());
  const highlight = status.status === 'called' ? ' called' : '';
  return `<p class="label">${escapeHtml(t.yourTicket)}</p>
<p class="number">${escapeHtml(status.number)}</p>
<p class="service">${escapeHtml(status.serviceName)}</p>
<p class="state${highlight}" role="status">${escapeHtml(line)}</p>
<p class="note">${escapeHtml(t.updated(time))}</p>`;
}

function page(ctx: HubContext, content: string, refresh: boolean): string {
  const office = ctx.config().office;
  return `<!doctype html>
<html lang="es"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
${refresh ? '<script src="/estado/refresh.js" defer></script>' : ''}
<title>${escapeHtml(t.title)} · ${escapeHtml(office.name)}</title>
<style>
body{margin:0;font-family:system-ui,sans-serif;background:#f3f4f6;color:#111;text-align:center}
header{background:#0b2a55;color:#fff;padding:1rem}
header p{margin:0;font-size:.95rem}header h1{margin:.2rem 0 0;font-size:1.3rem}
main{padding:1.5rem 1rem;max-width:28rem;margin:0 auto}
.label{font-size:1.1rem;margin:0}.number{font-size:4.5rem;font-weight:800;color:#0b2a55;margin:.2rem 0}
.service{font-size:1.4rem;font-weight:700;margin:0 0 1rem}
.state{font-size:1.35rem;background:#fff;border-radius:.6rem;padding:1rem;border:2px solid #0b2a55}
.state.called{background:#0b2a55;color:#fff}.note{color:#333;font-size:1rem}
</style></head>
<body><header><p>${escapeHtml(office.municipality)}</p><h1>${escapeHtml(office.name)}</h1></header>
<main>${content}</main></body></html>`;
}
