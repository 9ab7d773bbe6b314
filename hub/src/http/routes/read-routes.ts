import { Router } from 'express';
import { officeDayOf, serviceQueueSummary } from '@cac/shared/domain';
import type { HubContext } from '../../hub-context';
import { appError } from '../../errors/app-errors';
import { ticketView } from '../../views/ticket-view';
import { requireRole, STAFF } from '../bearer';
import { sendError } from '../http-errors';
import { serviceDayStats } from '../../views/service-day-stats';
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
    const officeDay = officeDayOf(ctx.now(), ctx.rules().timeZone);
    const tickets = ctx.ledger.ticketsOfDay(officeDay);
    res.json(
      ctx.config().services.map((service) => {
        const stats = serviceDayStats(tickets.filter((t) => t.serviceId === service.id));
        return {
          serviceId: service.id,
          name: service.name,
          issued: stats.issued,
          served: stats.served,
          waiting: stats.waiting,
          avgWaitMin: stats.avgWaitMin,
          p90WaitMin: stats.p90WaitMin,
        };
      }),
    );
  });

  return router;
}
