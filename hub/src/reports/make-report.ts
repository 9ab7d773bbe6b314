import { officeDayOf } from '@cac/shared/domain';
import type { ReportFilters, ReportView } from '@cac/shared/protocol';
import type { HubContext } from '../hub-context';
import { buildReport } from './build-report';
import { createLocalClock } from './local-clock';
import { reportCatalog } from './report-catalog';

/** Reads the ledger for `filters` and builds the report with today's configuration and clock. */
export function makeReport(
  ctx: Pick<HubContext, 'config' | 'rules' | 'now' | 'ledger'>,
  filters: ReportFilters,
): ReportView {
  const now = ctx.now();
  const timeZone = ctx.rules().timeZone;
  const clock = createLocalClock(timeZone);
  const source = ctx.ledger.reports;
  const sourceFilters = {
    from: filters.from,
    to: filters.to,
    serviceId: filters.serviceId,
    windowId: filters.windowId,
    clerkId: filters.clerkId,
  };
  const endDay = new Date(Date.parse(`${filters.to}T00:00:00Z`) + 86400000)
    .toISOString()
    .slice(0, 10);
  return buildReport({
    filters,
    now,
    today: officeDayOf(now, timeZone),
    clock,
    catalog: reportCatalog(ctx.config()),
    tickets: source.tickets(sourceFilters),
    windowEvents: source.windowEvents(sourceFilters),
    runs: source.procedureRuns(sourceFilters),
    payments: source.payments(sourceFilters),
    expedientes: source.expedientes(
      sourceFilters,
      clock.dayStart(filters.from),
      clock.dayStart(endDay),
    ),
    ratings: source.ratings(sourceFilters),
  });
}
