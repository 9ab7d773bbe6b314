import { CATEGORIES } from '@cac/shared/domain';
import type {
  ClerkReportRow,
  DayReportRow,
  HourReportRow,
  OutcomeReportRow,
  PreferentialReportRow,
  ReportFilters,
  ReportView,
  ServiceReportRow,
} from '@cac/shared/protocol';
import type { LocalClock } from './local-clock';
import { daysBetween } from './local-clock';
import type { ReportCatalog } from './report-catalog';
import type {
  ReportExpedienteRow,
  ReportPaymentRow,
  ReportRatingRow,
  ReportRunRow,
  ReportTicketRow,
  ReportWindowEvent,
} from './report-source';
import { pauseTimeByClerk } from './pause-time';
import {
  expedienteReport,
  paymentReport,
  procedureRows,
  satisfactionReport,
} from './report-sections';
import type { TicketGroup } from './ticket-group';
import {
  addRecord,
  avgAndP90,
  emptyGroup,
  recordFacts,
  serviceStats,
  slaOf,
  waitStats,
} from './ticket-group';
import { durationStats, mean, toMinutes } from './duration-stats';

/** Everything a report is made of: rows from the ledger, names from the configuration, the clock. */
export type ReportInput = {
  filters: ReportFilters;
  now: number;
  /** The office day of `now`. */
  today: string;
  clock: LocalClock;
  catalog: ReportCatalog;
  tickets: readonly ReportTicketRow[];
  windowEvents: readonly ReportWindowEvent[];
  runs: readonly ReportRunRow[];
  payments: readonly ReportPaymentRow[];
  expedientes: readonly ReportExpedienteRow[];
  ratings: readonly ReportRatingRow[];
};

function groupIn<K>(map: Map<K, TicketGroup>, key: K): TicketGroup {
  let group = map.get(key);
  if (!group) {
    group = emptyGroup();
    map.set(key, group);
  }
  return group;
}

/** The supervisors' report (issue 7): pure, rows in, {@link ReportView} out. */
export function buildReport(input: ReportInput): ReportView {
  const { filters, catalog, clock, now } = input;
  const inHours = (at: number) => {
    const hour = clock.hourOf(at);
    return hour >= filters.hourFrom && hour < filters.hourTo;
  };
  const services = new Map(catalog.services.map((s) => [s.id, s]));
  const serviceName = (id: string) => services.get(id)?.name ?? id;
  const targetOf = (id: string) => services.get(id)?.slaTargetMin ?? null;
  const singleTarget = filters.serviceId === null ? null : targetOf(filters.serviceId);

  const summary = emptyGroup();
  const preferential = emptyGroup();
  const ordinary = emptyGroup();
  const byService = new Map<string, TicketGroup>();
  const byDay = new Map<string, TicketGroup>();
  // Nested maps rather than `${day}|${service}` keys: no string built per ticket.
  const byDayService = new Map<string, Map<string, TicketGroup>>();
  const byHour = new Map<number, TicketGroup>();
  const byCategory = new Map<string, TicketGroup>();
  const byClerk = new Map<string, TicketGroup>();
  const outcomes = new Map<string, number>();

  for (const row of input.tickets) {
    const hour = clock.hourOf(row.arrivalAt);
    if (hour < filters.hourFrom || hour >= filters.hourTo) continue;
    const facts = recordFacts(row, targetOf(row.serviceId), now);
    addRecord(summary, facts);
    addRecord(row.category === 'none' ? ordinary : preferential, facts);
    addRecord(groupIn(byService, row.serviceId), facts);
    addRecord(groupIn(byDay, row.day), facts);
    let dayServices = byDayService.get(row.day);
    if (!dayServices) {
      dayServices = new Map();
      byDayService.set(row.day, dayServices);
    }
    addRecord(groupIn(dayServices, row.serviceId), facts);
    addRecord(groupIn(byHour, hour), facts);
    addRecord(groupIn(byCategory, row.category), facts);
    if (row.clerkId !== null) addRecord(groupIn(byClerk, row.clerkId), facts);
    if (row.status === 'done' && row.outcome !== null) {
      const key = `${row.serviceId}\u0000${row.outcome}`;
      outcomes.set(key, (outcomes.get(key) ?? 0) + 1);
    }
  }

  // Services in configuration order, then any the configuration no longer has.
  const serviceIds = [
    ...catalog.services
      .map((s) => s.id)
      .filter((id) => filters.serviceId === null || id === filters.serviceId),
    ...[...byService.keys()].filter((id) => !services.has(id)).sort(),
  ];
  const serviceRows: ServiceReportRow[] = serviceIds.map((id) => {
    const group = byService.get(id) ?? emptyGroup();
    return {
      serviceId: id,
      serviceName: serviceName(id),
      ...group.counts,
      wait: waitStats(group),
      service: serviceStats(group),
      sla: slaOf(group, targetOf(id)),
    };
  });

  const hours = [...byHour.keys()];
  const hourRows: HourReportRow[] = [];
  if (hours.length > 0) {
    for (let hour = Math.min(...hours); hour <= Math.max(...hours); hour += 1) {
      const group = byHour.get(hour) ?? emptyGroup();
      hourRows.push({
        hour,
        issued: group.counts.issued,
        served: group.counts.served,
        avgWaitMin: toMinutes(mean(group.waits)),
      });
    }
  }

  const days = daysBetween(filters.from, filters.to);
  const dayRow = (day: string, group: TicketGroup): DayReportRow => ({
    day,
    ...group.counts,
    ...avgAndP90(group.waits),
  });
  const dayRows = days.map((day) => dayRow(day, byDay.get(day) ?? emptyGroup()));
  const rows = days.flatMap((day) =>
    serviceIds.map((serviceId) => ({
      ...dayRow(day, byDayService.get(day)?.get(serviceId) ?? emptyGroup()),
      serviceId,
      serviceName: serviceName(serviceId),
    })),
  );

  // The four preferential categories of Ley 28683, then ordinary tickets to compare with.
  const categoryRows: PreferentialReportRow[] = [
    ...CATEGORIES.filter((c) => c !== 'none'),
    'none' as const,
  ].map((category) => {
    const group = byCategory.get(category) ?? emptyGroup();
    return {
      category,
      issued: group.counts.issued,
      wait: waitStats(group),
      sla: slaOf(group, singleTarget),
    };
  });

  const pauses = pauseTimeByClerk(input.windowEvents, input.today, now);
  const clerkIds = [...new Set([...byClerk.keys(), ...pauses.keys()])].filter(
    (id) => filters.clerkId === null || id === filters.clerkId,
  );
  const clerkRows: ClerkReportRow[] = clerkIds
    .map((clerkId) => {
      const group = byClerk.get(clerkId) ?? emptyGroup();
      const pause = pauses.get(clerkId) ?? { pauses: 0, pauseMs: 0 };
      return {
        clerkId,
        clerkName: catalog.userNames.get(clerkId) ?? clerkId,
        served: group.counts.served,
        noShow: group.counts.noShow,
        service: serviceStats(group),
        pauses: pause.pauses,
        pauseMin: toMinutes(pause.pauseMs) ?? 0,
      };
    })
    .sort((a, b) => b.served - a.served || a.clerkName.localeCompare(b.clerkName));

  const outcomeRows: OutcomeReportRow[] = [...outcomes]
    .map(([key, count]) => {
      const [serviceId = '', outcome = ''] = key.split('\u0000');
      const label = services.get(serviceId)?.outcomes.find((o) => o.code === outcome)?.label;
      return {
        serviceId,
        serviceName: serviceName(serviceId),
        outcome,
        outcomeLabel: label ?? outcome,
        count,
      };
    })
    .sort(
      (a, b) =>
        serviceIds.indexOf(a.serviceId) - serviceIds.indexOf(b.serviceId) ||
        b.count - a.count ||
        a.outcome.localeCompare(b.outcome),
    );

  return {
    filters,
    generatedAt: now,
    summary: {
      ...summary.counts,
      wait: waitStats(summary),
      service: serviceStats(summary),
      sla: slaOf(summary, singleTarget),
      preferentialWait: durationStats(preferential.waits),
      ordinaryWait: durationStats(ordinary.waits),
    },
    byService: serviceRows,
    byHour: hourRows,
    byDay: dayRows,
    preferential: categoryRows,
    clerks: clerkRows,
    outcomes: outcomeRows,
    procedures: procedureRows(
      input.runs.filter((run) => inHours(run.at)),
      catalog.procedureNames,
    ),
    expedientes: expedienteReport(
      input.expedientes.filter((row) => inHours(row.createdAt)),
      input.today,
    ),
    payments: paymentReport(input.payments.filter((row) => inHours(row.at))),
    satisfaction: satisfactionReport(
      input.ratings.filter((row) => inHours(row.at)),
      serviceName,
    ),
    rows,
  };
}
