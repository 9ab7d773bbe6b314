import { officeDayOf } from '@cac/shared/domain';
import type { HubContext } from '../hub-context';
import type { OpenDataTicketRow } from './report-source';
import { avgAndP90 } from './ticket-group';

/** `GET /stats/today` (API.md): per active service, nothing personal. */
export type TodayServiceStats = {
  serviceId: string;
  name: string;
  issued: number;
  served: number;
  waiting: number;
  avgWaitMin: number | null;
  p90WaitMin: number | null;
};

/** One day of one service in the open data: counts and waits only, never a clerk or a comment. */
export type DailyServiceStats = {
  day: string;
  serviceId: string;
  serviceName: string;
  issued: number;
  served: number;
  noShow: number;
  avgWaitMin: number | null;
  p90WaitMin: number | null;
};

/** Today's figures of every active service. */
export function todayStats(
  ctx: Pick<HubContext, 'config' | 'rules' | 'now' | 'ledger'>,
): TodayServiceStats[] {
  const officeDay = officeDayOf(ctx.now(), ctx.rules().timeZone);
  // The same rows and definitions as the daily open data, so today's line matches tomorrow's CSV.
  const figures = dailyFigures(ctx.ledger.reports.openData(officeDay, officeDay)).get(officeDay);
  return ctx
    .config()
    .services.filter((service) => service.active)
    .map((service) => {
      const stats = figures?.get(service.id);
      return {
        serviceId: service.id,
        name: service.name,
        issued: stats?.issued ?? 0,
        served: stats?.served ?? 0,
        waiting: stats?.waiting ?? 0,
        avgWaitMin: stats?.avgWaitMin ?? null,
        p90WaitMin: stats?.p90WaitMin ?? null,
      };
    });
}

/** Per service of one day: the open figures, and how many were still waiting (today only). */
export type DayFigures = Map<
  string,
  Omit<DailyServiceStats, 'day' | 'serviceId' | 'serviceName'> & { waiting: number }
>;

/** Folds the open-data rows of a range into figures per day (only days that had tickets). */
export function dailyFigures(rows: readonly OpenDataTicketRow[]): Map<string, DayFigures> {
  const acc = new Map<
    string,
    Map<
      string,
      { issued: number; served: number; noShow: number; waiting: number; waits: number[] }
    >
  >();
  for (const row of rows) {
    let day = acc.get(row.day);
    if (!day) {
      day = new Map();
      acc.set(row.day, day);
    }
    let service = day.get(row.serviceId);
    if (!service) {
      service = { issued: 0, served: 0, noShow: 0, waiting: 0, waits: [] };
      day.set(row.serviceId, service);
    }
    if (row.original === 1) service.issued += 1;
    if (row.status === 'done') service.served += 1;
    if (row.status === 'no_show') service.noShow += 1;
    if (row.status === 'waiting') service.waiting += 1;
    if (row.waitMs !== null) service.waits.push(row.waitMs);
  }
  const result = new Map<string, DayFigures>();
  for (const [day, services] of acc) {
    const figures: DayFigures = new Map();
    for (const [serviceId, s] of services) {
      figures.set(serviceId, {
        issued: s.issued,
        served: s.served,
        noShow: s.noShow,
        waiting: s.waiting,
        ...avgAndP90(s.waits),
      });
    }
    result.set(day, figures);
  }
  return result;
}
