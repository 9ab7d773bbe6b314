import express, { Router } from 'express';
import type { NextFunction, Request, Response } from 'express';
import { TicketRatingSchema, err, ok } from '@cac/shared/protocol';
import type { HubContext } from '../../hub-context';
import { appError, httpStatusOf, invalidPayload } from '../../errors/app-errors';
import { sendError } from '../http-errors';
import type { StoredTicket } from '../../ledger/ledger-repository';
import { rateCitizenTicket } from '../../ratings/rate-citizen-ticket';
import { STATUS_PAGE_ES as t } from '../status-page.es';
import { livePayload, officeClock } from '../status-page/live-payload';
import { LIVE_SCRIPT } from '../status-page/live-script';
import { createLiveStreams } from '../status-page/live-streams';
import { messagePageHtml, thanksPageHtml, ticketPageHtml } from '../status-page/ticket-page';

/** The ticket and key of a request, or null when either is wrong (answered like a missing ticket). */
function ticketOf(ctx: HubContext, req: Request): { stored: StoredTicket; key: string } | null {
  const key = typeof req.query['k'] === 'string' ? req.query['k'] : '';
  const stored = ctx.ledger.getTicket(String(req.params['ticketId']));
  return stored && key && stored.accessKey === key ? { stored, key } : null;
}

/** The form sends text; the API's schema decides what a valid rating is. */
function formRating(body: unknown) {
  const form = (typeof body === 'object' && body !== null ? body : {}) as Record<string, unknown>;
  const score = typeof form['score'] === 'string' ? Number(form['score']) : undefined;
  const comment =
    typeof form['comment'] === 'string' && form['comment'].trim() !== ''
      ? form['comment']
      : undefined;
  const parsed = TicketRatingSchema.safeParse({ score, comment });
  return parsed.success ? ok(parsed.data) : err(invalidPayload(parsed.error));
}

/**
 * The citizen's live ticket page — what the ticket's QR code opens, on a phone, with no account:
 * `GET /estado/{id}?k=` (the page), `/eventos` (its Server-Sent Events), `/vista` (the same as
 * JSON, for polling), `POST /calificar` (the satisfaction form, which works without JavaScript).
 * A wrong key looks exactly like a missing ticket.
 */
export function statusPageRoutes(ctx: HubContext): Router {
  const router = Router();
  const streams = createLiveStreams(ctx);
  const notFound = () => messagePageHtml(ctx, t.notFound, null);

  router.get('/estado/live.js', (_req, res) => {
    res.type('application/javascript').set('Cache-Control', 'max-age=3600').send(LIVE_SCRIPT);
  });

  router.get('/estado/:ticketId', (req, res) => {
    res.set('Cache-Control', 'no-store');
    const found = ticketOf(ctx, req);
    if (!found) return void res.status(404).type('html').send(notFound());
    res.type('html').send(ticketPageHtml(ctx, found.stored, found.key));
  });

  router.get('/estado/:ticketId/eventos', (req, res) => {
    const found = ticketOf(ctx, req);
    if (!found) return sendError(res, appError('NOT_FOUND'));
    streams.open(req, res, found.stored.id, found.key);
  });

  router.get('/estado/:ticketId/vista', (req, res) => {
    res.set('Cache-Control', 'no-store');
    const found = ticketOf(ctx, req);
    if (!found) return sendError(res, appError('NOT_FOUND'));
    res.json({
      ...livePayload(ctx, found.stored, found.key),
      updated: t.updated(officeClock(ctx)),
    });
  });

  router.post(
    '/estado/:ticketId/calificar',
    express.urlencoded({ extended: false, limit: '4kb' }),
    (req, res) => {
      res.set('Cache-Control', 'no-store');
      const ticketId = String(req.params['ticketId']);
      const key = typeof req.query['k'] === 'string' ? req.query['k'] : '';
      const result = rateCitizenTicket(ctx, ticketId, key, formRating(req.body));
      if (result.ok) return void res.type('html').send(thanksPageHtml(ctx, ticketId, key));
      const { code, message } = result.error;
      res
        .status(httpStatusOf(code))
        .type('html')
        .send(code === 'NOT_FOUND' ? notFound() : messagePageHtml(ctx, message, { ticketId, key }));
    },
  );

  // A form too big or unreadable gets a Spanish page, never express's default error page.
  router.use((error: unknown, _req: Request, res: Response, next: NextFunction) => {
    if (res.headersSent) return next(error);
    const tooLarge = (error as { type?: string }).type === 'entity.too.large';
    const refusal = tooLarge
      ? appError('PAYLOAD_TOO_LARGE')
      : appError('INVALID_PAYLOAD', { field: '', detail: '' });
    if (!tooLarge) ctx.log.warn({ err: error }, 'status page: unreadable request');
    res
      .status(httpStatusOf(refusal.code))
      .type('html')
      .send(messagePageHtml(ctx, refusal.message, null));
  });

  return router;
}
