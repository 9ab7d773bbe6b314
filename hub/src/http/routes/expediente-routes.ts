import type { Request, Response } from 'express';
import { Router } from 'express';
import { readTypedExpedienteNumber, formatExpedienteNumber } from '@cac/shared/domain';
import type { ExpedienteLookupView } from '@cac/shared/protocol';
import { ExpedienteAccessKeySchema } from '@cac/shared/protocol';
import { describeExpedienteState, expedienteStateName } from '@cac/shared/i18n';
import type { HubContext } from '../../hub-context';
import { appError } from '../../errors/app-errors';
import { sendError } from '../http-errors';
import { CONSULTA_PAGE_ES as t } from '../consulta-page.es';

const escapeHtml = (text: string): string =>
  text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** Seconds to wait when this address looked up too often, else 0 (the limit slows key guessing). */
function throttled(ctx: HubContext, req: Request): number {
  return ctx.publicLookupLimiter.take(`lookup:${req.ip ?? 'unknown'}`, ctx.now());
}

/**
 * `GET /api/v1/expedientes/{number}?k=`: the public lookup (API.md). Only states and dates; a wrong
 * key answers exactly like an unknown number.
 */
export function expedienteApiRoutes(ctx: HubContext): Router {
  const router = Router();
  router.get('/expedientes/:number', (req, res) => {
    const wait = throttled(ctx, req);
    if (wait > 0) {
      res.set('Retry-After', String(wait));
      return sendError(res, appError('RATE_LIMITED', { seconds: wait }));
    }
    const key = ExpedienteAccessKeySchema.safeParse(req.query['k']);
    if (!key.success) {
      return sendError(
        res,
        appError('INVALID_PAYLOAD', { field: 'k', detail: key.error.issues[0]?.message ?? '' }),
      );
    }
    const view = ctx.expedientes.lookup(String(req.params['number']), key.data);
    if (!view) return sendError(res, appError('EXPEDIENTE_NOT_FOUND'));
    res.json(view);
  });
  return router;
}

/**
 * `GET /consulta[?n=…&k=…]`: the same lookup as a page for a phone, in Spanish, that works
 * without JavaScript (a form that submits to itself). The number may be typed as the cargo prints
 * it (`000123-2026-MPC`) or as the API writes it.
 */
export function consultaPageRoutes(ctx: HubContext): Router {
  const router = Router();
  router.get('/consulta', (req, res) => {
    res.set('Cache-Control', 'no-store');
    const typedNumber = typeof req.query['n'] === 'string' ? req.query['n'].slice(0, 60) : '';
    const typedKey = typeof req.query['k'] === 'string' ? req.query['k'].slice(0, 20) : '';
    if (typedNumber === '' && typedKey === '') {
      return sendPage(ctx, res, 200, form('', '', null));
    }
    const wait = throttled(ctx, req);
    if (wait > 0) {
      res.set('Retry-After', String(wait));
      return sendPage(ctx, res, 429, form(typedNumber, typedKey, t.tooMany(wait)));
    }
    const number = readTypedExpedienteNumber(typedNumber);
    if (!number) return sendPage(ctx, res, 400, form(typedNumber, typedKey, t.badNumber));
    const key = ExpedienteAccessKeySchema.safeParse(typedKey.replace(/[\s-]/g, ''));
    if (!key.success) return sendPage(ctx, res, 400, form(typedNumber, typedKey, t.badKey));
    const view = ctx.expedientes.lookup(formatExpedienteNumber(number), key.data);
    if (!view) {
      return sendPage(
        ctx,
        res,
        404,
        form(typedNumber, typedKey, appError('EXPEDIENTE_NOT_FOUND').message),
      );
    }
    sendPage(ctx, res, 200, result(ctx, view));
  });
  return router;
}

function form(number: string, key: string, problem: string | null): string {
  const error = problem
    ? `<p class="problem" role="alert" id="problem">${escapeHtml(problem)}</p>`
    : '';
  const described = problem ? ' aria-describedby="problem"' : '';
  return `<h2>${escapeHtml(t.title)}</h2>
<p>${escapeHtml(t.intro)}</p>${error}
<form method="get" action="/consulta">
<label for="n">${escapeHtml(t.numberLabel)}</label>
<input id="n" name="n" required autocomplete="off" value="${escapeHtml(number)}"${described}>
<p class="hint">${escapeHtml(t.numberHint)}</p>
<label for="k">${escapeHtml(t.keyLabel)}</label>
<input id="k" name="k" required inputmode="numeric" autocomplete="off" value="${escapeHtml(key)}"${described}>
<button type="submit">${escapeHtml(t.submit)}</button>
</form>`;
}

function result(ctx: HubContext, view: ExpedienteLookupView): string {
  const timeZone = ctx.rules().timeZone;
  const day = (date: string) => {
    const [y, m, d] = date.split('-');
    return `${d}/${m}/${y}`;
  };
  const when = new Intl.DateTimeFormat('es-PE', {
    timeZone,
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  });
  const state = describeExpedienteState(view, 'es', day);
  const lines = [state.meaning, state.resolution, state.due].filter(
    (line): line is string => line !== null,
  );
  const history = view.history
    .map(
      (step) =>
        `<li><span>${escapeHtml(expedienteStateName(step.status, 'es'))}</span> <time datetime="${escapeHtml(step.at)}">${escapeHtml(when.format(new Date(step.at)))}</time></li>`,
    )
    .join('');
  // The number never breaks at its hyphens (000001-2026-MPC on one line).
  const cut = view.documentTitle.lastIndexOf(' ');
  const title = `${escapeHtml(view.documentTitle.slice(0, cut + 1))}<span class="nowrap">${escapeHtml(view.documentTitle.slice(cut + 1))}</span>`;
  return `<h2>${title}</h2>
<p class="procedure">${escapeHtml(view.procedure)}</p>
<section aria-labelledby="now"><h3 id="now">${escapeHtml(t.current)}</h3>
<p class="state">${escapeHtml(state.name)}</p>
${lines.map((line) => `<p>${escapeHtml(line)}</p>`).join('\n')}</section>
<section aria-labelledby="past"><h3 id="past">${escapeHtml(t.history)}</h3><ol>${history}</ol></section>
<p><a href="/consulta">${escapeHtml(t.another)}</a></p>`;
}

function sendPage(ctx: HubContext, res: Response, status: number, content: string): void {
  const office = ctx.config().office;
  res.status(status).type('html').send(`<!doctype html>
<html lang="es"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(t.title)} · ${escapeHtml(office.name)}</title>
<style>
body{margin:0;font-family:system-ui,sans-serif;background:#f3f4f6;color:#111}
header{background:#0b2a55;color:#fff;padding:1rem;text-align:center}
header p{margin:0;font-size:.95rem}header h1{margin:.2rem 0 0;font-size:1.3rem}
main{padding:1.25rem 1rem;max-width:30rem;margin:0 auto;font-size:1.1rem}
h2{font-size:1.4rem;color:#0b2a55}label{display:block;font-weight:700;margin-top:1rem}
input{font:inherit;width:100%;box-sizing:border-box;padding:.7rem;border:2px solid #333;border-radius:.4rem}
.hint{margin:.3rem 0 0;color:#333;font-size:.95rem}
button{font:inherit;font-weight:700;margin-top:1.2rem;width:100%;min-height:3rem;background:#0b2a55;color:#fff;border:0;border-radius:.5rem}
.problem{background:#fde8e8;border:2px solid #8b1a1a;color:#5c0f0f;padding:.8rem;border-radius:.5rem}
.state{font-size:2rem;font-weight:800;color:#0b2a55;margin:.2rem 0}
.procedure{font-weight:700}ol{padding-left:1.2rem}li{margin:.4rem 0}li span{font-weight:700}
a{color:#0b2a55;font-weight:700}.nowrap{white-space:nowrap}
</style></head>
<body><header><p>${escapeHtml(office.municipality)}</p><h1>${escapeHtml(office.name)}</h1></header>
<main>${content}</main></body></html>`);
}
