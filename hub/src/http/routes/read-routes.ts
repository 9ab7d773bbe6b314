import { Router } from 'express';
import { officeDayOf, peopleAhead, serviceQueueSummary } from '@cac/shared/domain';
import type { HubContext } from '../../hub-context';
import { appError } from '../../errors/app-errors';
import { ticketView } from '../../views/ticket-view';
import type { StoredTicket } from '../../ledger/ledger-repository';
import { requireRole, STAFF } from '../bearer';
import { sendError } from '../http-errors';
import { serviceDayStats } from '../../views/service-day-stats';

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
    const current = latestOfChain(ctx, stored);
    const state = ctx.writer.state();
    const config = ctx.config();
    const live = state.tickets[current.id];
    res.json({
      number: current.number,
      serviceName:
        config.services.find((s) => s.id === current.serviceId)?.name ?? current.serviceId,
      status: live?.status ?? current.status,
      position:
        live?.status === 'waiting'
          ? peopleAhead(state, live.id, ctx.rules().callPolicy, ctx.now())
          : null,
      window: live?.windowId
        ? (config.windows.find((w) => w.id === live.windowId)?.name ?? null)
        : null,
      calledAt: live?.calledAt ? new Date(live.calledAt).toISOString() : null,
    });
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

  router.get('/expedientes/:number', (_req, res) => {
    // Expedientes are opened by the procedure panels; until one exists every lookup is a miss,
    // answered exactly like a wrong key.
    sendError(res, appError('NOT_FOUND'));
  });

  return router;
}

/** Follows transfers to the record where the attention continues. */
function latestOfChain(ctx: HubContext, ticket: StoredTicket): StoredTicket {
  let current = ticket;
  for (let hops = 0; current.status === 'transferred' && hops < 20; hops += 1) {
    const next = ctx.ledger
      .ticketsOfDay(current.officeDay)
      .find((t) => t.previousTicketId === current.id);
    if (!next) break;
    current = next;
  }
  return current;
}
