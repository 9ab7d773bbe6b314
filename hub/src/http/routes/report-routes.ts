import { Router } from 'express';
import { z } from 'zod';
import type { HubContext } from '../../hub-context';
import { appError, invalidPayload } from '../../errors/app-errors';
import { serviceDayStats } from '../../views/service-day-stats';
import { requireRole } from '../bearer';
import { sendError } from '../http-errors';

const DAY = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'Use el formato AAAA-MM-DD.' });
const ReportQuerySchema = z.object({
  from: DAY,
  to: DAY,
  format: z.enum(['json', 'csv']).default('json'),
});

/** A report spans at most about a quarter, to keep one request cheap on an old PC. */
const MAX_DAYS = 93;

const COLUMNS = [
  'day',
  'serviceId',
  'serviceName',
  'issued',
  'served',
  'noShow',
  'preferential',
  'avgWaitMin',
  'p90WaitMin',
  'avgServiceMin',
] as const;

/** `GET /reports`: per day and service figures over a date range, as JSON or CSV. */
export function reportRoutes(ctx: HubContext): Router {
  const router = Router();
  router.get('/reports', requireRole(ctx.auth, ['supervisor', 'admin']), (req, res) => {
    const parsed = ReportQuerySchema.safeParse(req.query);
    if (!parsed.success) return sendError(res, invalidPayload(parsed.error));
    const days = daysBetween(parsed.data.from, parsed.data.to);
    if (days.length === 0 || days.length > MAX_DAYS) {
      return sendError(
        res,
        appError('INVALID_PAYLOAD', {
          field: 'to',
          detail: `El rango debe tener de 1 a ${MAX_DAYS} días.`,
        }),
      );
    }
    const services = ctx.config().services;
    const rows = days.flatMap((day) => {
      const tickets = ctx.ledger.ticketsOfDay(day);
      return services.map((service) => ({
        day,
        serviceId: service.id,
        serviceName: service.name,
        ...serviceDayStats(tickets.filter((t) => t.serviceId === service.id)),
      }));
    });
    if (parsed.data.format === 'json') {
      res.json({ from: parsed.data.from, to: parsed.data.to, rows });
      return;
    }
    const lines = [
      COLUMNS.join(','),
      ...rows.map((row) => COLUMNS.map((c) => csvCell(row[c])).join(',')),
    ];
    res
      .type('text/csv; charset=utf-8')
      .attachment(`reporte-${parsed.data.from}-${parsed.data.to}.csv`)
      .send(`\uFEFF${lines.join('\r\n')}\r\n`);
  });
  return router;
}

function daysBetween(from: string, to: string): string[] {
  const start = Date.parse(`${from}T00:00:00Z`);
  const end = Date.parse(`${to}T00:00:00Z`);
  if (Number.isNaN(start) || Number.isNaN(end) || end < start) return [];
  const days: string[] = [];
  for (let t = start; t <= end && days.length <= MAX_DAYS; t += 86400000) {
    days.push(new Date(t).toISOString().slice(0, 10));
  }
  return days;
}

/** RFC 4180 cell; a BOM above makes Excel read the accents right. */
function csvCell(value: string | number | null): string {
  if (value === null) return '';
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}
