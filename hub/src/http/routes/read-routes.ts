import { Router } from 'express';
import { serviceQueueSummary } from '@cac/shared/domain';
import type { HubContext } from '../../hub-context';
import { appError } from '../../errors/app-errors';
import { ticketView } from '../../views/ticket-view';
import { requireRole, STAFF } from '../bearer';
import { sendError } from '../http-errors';
import { todayStats } from '../../reports/open-data';
import { currentTicketStatus } from '../../views/ticket-status';

/** Read-only routes: services, the public ticket status, the queue, open statistics. */
export function readRoutes(ctx: HubContext): Router {
  const router = Router();

  router.get('/health', (_req, res) => {
    res.json({ status: 'ok', version: ctx.version, officeDay: ctx.writer.state().officeDay });
  });

  router.get('/services', (_req, res) => {
    const state = ctx.writer.state();
    const rules = ctx.rules();
    const now = ctx.now();
    res.json(
      ctx
        .config()
        .services.filter((service) => service.active)
        .map((service) => {
          const summary = serviceQueueSummary(state, rules, service.id, now);
          return {
            id: service.id,
            name: service.name,
            prefix: service.prefix,
            waiting: summary.waiting,
            estimatedWaitMin: summary.estimatedWaitMin,
          };
        }),
    );
  });

  router.get('/tickets/:ticketId', (req, res) => {
    const key = typeof req.query['k'] === 'string' ? req.query['k'] : '';
    const stored = ctx.ledger.getTicket(String(req.params['ticketId']));
    // A wrong key answers exactly like a missing ticket, so ids cannot be probed.
    if (!stored || !key || stored.accessKey !== key) return sendError(res, appError('NOT_FOUND'));
    res.json(currentTicketStatus(ctx, stored));
  });

  router.get('/queue', requireRole(ctx.auth, STAFF), (_req, res) => {
    const state = ctx.writer.state();
    res.json({
      officeDay: state.officeDay,
      seq: ctx.writer.seq(),
      tickets: ctx.ledger.ticketsOfDay(state.officeDay).map(ticketView),
      windows: Object.values(state.windows),
    });
  });

  router.get('/stats/today', (_req, res) => {
    res.json(todayStats(ctx));
  });

  return router;
}
