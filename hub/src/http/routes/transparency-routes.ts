import { Router } from 'express';
import { localMinutesOf, officeDayOf } from '@cac/shared/domain';
import type { HubContext } from '../../hub-context';
import { appError, invalidPayload } from '../../errors/app-errors';
import { createRateLimiter } from '../../auth/rate-limiter';
import { toCsv } from '../../csv/csv';
import { daysBetween } from '../../reports/local-clock';
import type { DailyServiceStats, DayFigures } from '../../reports/open-data';
import { dailyFigures, todayStats } from '../../reports/open-data';
import { rangeSchema } from '../../reports/report-query';
import { sendError } from '../http-errors';
import { transparencyPage } from '../transparency-page';
import { DAILY_CSV_HEADERS_ES } from '../transparency-page.es';

/** The open data covers at most a year per request. */
const MAX_OPEN_DAYS = 366;
/** Anyone may ask, so each address gets a few range queries a minute (a person downloads one). */
const OPEN_DATA_LIMITS = { perMinute: 12, burst: 6 };
/** Past days never change: their figures are kept (about a year and a half of them). */
const CACHED_DAYS = 550;

/** Open data: `GET /stats/daily?from&to&format=json|csv` — per day and service, nothing personal. */
export function transparencyApiRoutes(ctx: HubContext): Router {
  const router = Router();
  const limiter = createRateLimiter(() => OPEN_DATA_LIMITS);
  const cache = new Map<string, DayFigures>();
  const schema = rangeSchema(MAX_OPEN_DAYS);

  /** Figures of every day in the range, reading the ledger only for days not cached yet. */
  function figuresOf(days: readonly string[], today: string): Map<string, DayFigures> {
    const missing = days.filter((day) => day >= today || !cache.has(day));
    const result = new Map<string, DayFigures>();
    const first = missing[0];
    const last = missing.at(-1);
    if (first !== undefined && last !== undefined) {
      const read = dailyFigures(ctx.ledger.reports.openData(first, last));
      for (const day of missing) {
        const figures = read.get(day) ?? new Map();
        result.set(day, figures);
        if (day < today) cache.set(day, figures);
      }
      // Oldest entries out first (a Map iterates in insertion order).
      for (const day of cache.keys()) {
        if (cache.size <= CACHED_DAYS) break;
        cache.delete(day);
      }
    }
    for (const day of days) if (!result.has(day)) result.set(day, cache.get(day) ?? new Map());
    return result;
  }

  router.get('/stats/daily', (req, res) => {
    const wait = limiter.take(`open-data:${req.ip ?? 'unknown'}`, ctx.now());
    if (wait > 0) {
      res.set('Retry-After', String(wait));
      return sendError(res, appError('RATE_LIMITED', { seconds: wait }));
    }
    const parsed = schema.safeParse(req.query);
    if (!parsed.success) return sendError(res, invalidPayload(parsed.error));
    const { from, to, format } = parsed.data;
    const today = officeDayOf(ctx.now(), ctx.rules().timeZone);
    const days = daysBetween(from, to);
    const figures = figuresOf(days, today);
    const services = ctx.config().services;
    const names = new Map(services.map((s) => [s.id, s.name]));
    const rows: DailyServiceStats[] = days.flatMap((day) => {
      const ofDay = figures.get(day) ?? new Map();
      // Active services every day (a zero is a figure too), and any other that had tickets.
      const ids = [
        ...services.filter((s) => s.active || ofDay.has(s.id)).map((s) => s.id),
        ...[...ofDay.keys()].filter((id) => !names.has(id)).sort(),
      ];
      return ids.map((serviceId) => {
        const stats = ofDay.get(serviceId);
        return {
          day,
          serviceId,
          serviceName: names.get(serviceId) ?? serviceId,
          issued: stats?.issued ?? 0,
          served: stats?.served ?? 0,
          noShow: stats?.noShow ?? 0,
          avgWaitMin: stats?.avgWaitMin ?? null,
          p90WaitMin: stats?.p90WaitMin ?? null,
        };
      });
    });
    if (format === 'json') {
      res.json({ from, to, rows });
      return;
    }
    res
      .type('text/csv; charset=utf-8')
      .attachment(`datos-abiertos-${from}-${to}.csv`)
      .send(
        toCsv([
          DAILY_CSV_HEADERS_ES,
          ...rows.map((r) => [
            r.day,
            r.serviceId,
            r.serviceName,
            r.issued,
            r.served,
            r.noShow,
            r.avgWaitMin,
            r.p90WaitMin,
          ]),
        ]),
      );
  });
  return router;
}

/** The public page `/transparencia`: today's figures per service and the daily CSV download. */
export function transparencyPageRoutes(ctx: HubContext): Router {
  const router = Router();
  router.get('/transparencia', (_req, res) => {
    const now = ctx.now();
    const timeZone = ctx.rules().timeZone;
    const office = ctx.config().office;
    const today = officeDayOf(now, timeZone);
    const minutes = localMinutesOf(now, timeZone);
    const time = `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
    const defaultFrom = new Date(Date.parse(`${today}T00:00:00Z`) - 29 * 86400000)
      .toISOString()
      .slice(0, 10);
    res.set('Cache-Control', 'no-store');
    res.type('html').send(
      transparencyPage({
        municipality: office.municipality,
        officeName: office.name,
        today,
        time,
        services: todayStats(ctx),
        defaultFrom,
      }),
    );
  });
  return router;
}
