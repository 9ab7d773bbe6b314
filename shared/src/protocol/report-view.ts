import type { Category } from '../domain';

/**
 * The supervisors' report (`GET /api/v1/reports?from&to`, issue 7). Times are minutes with one
 * decimal; `null` where nothing was measured. Waits run from arrival to the first call; service
 * times from the start of the attention (or the call, when it was never started) to its end.
 * Percentiles are nearest-rank; the median of an even count is the mean of the two middle values.
 */
export type DurationStats = {
  count: number;
  avgMin: number | null;
  medianMin: number | null;
  p90Min: number | null;
};

/** What became of the tickets: counted per ticket record (a transfer leaves one record per queue). */
export type TicketCounts = {
  /** Tickets taken at the kiosk or by staff (transfers are not new citizens). */
  issued: number;
  served: number;
  noShow: number;
  cancelled: number;
  expired: number;
  transferred: number;
  /** Still waiting or being served (only today has any). */
  open: number;
};

/**
 * Called within the service's target: `met` of `evaluated`, where evaluated counts the tickets
 * that were called plus those never called after waiting longer than the target.
 */
export type SlaCompliance = {
  targetMin: number | null;
  met: number;
  evaluated: number;
  pct: number | null;
};

/** The filters a report was made with (echoed back). */
export type ReportFilters = {
  from: string;
  to: string;
  serviceId: string | null;
  windowId: string | null;
  clerkId: string | null;
  /** Hours of arrival, office time: `hourFrom` ≤ hour < `hourTo`. */
  hourFrom: number;
  hourTo: number;
};

export type ServiceReportRow = TicketCounts & {
  serviceId: string;
  serviceName: string;
  wait: DurationStats;
  service: DurationStats;
  sla: SlaCompliance;
};

export type HourReportRow = {
  hour: number;
  issued: number;
  served: number;
  avgWaitMin: number | null;
};

export type DayReportRow = TicketCounts & {
  day: string;
  avgWaitMin: number | null;
  p90WaitMin: number | null;
};

/** Ley 28683: how long preferential tickets waited, by category, against ordinary ones. */
export type PreferentialReportRow = {
  category: Category;
  issued: number;
  wait: DurationStats;
  sla: SlaCompliance;
};

export type ClerkReportRow = {
  clerkId: string;
  clerkName: string;
  served: number;
  noShow: number;
  service: DurationStats;
  pauses: number;
  pauseMin: number;
};

export type OutcomeReportRow = {
  serviceId: string;
  serviceName: string;
  outcome: string;
  outcomeLabel: string;
  count: number;
};

export type ProcedureReportRow = {
  procedureId: string;
  procedureName: string;
  kind: string;
  runs: number;
  /** What the runs produced (`expediente`, `receipt`, `acta-copy`, `not-found`, …) and how many. */
  results: readonly { result: string; count: number }[];
  /** Fees charged by the runs, in céntimos. */
  feesCents: number;
};

export type ExpedienteReport = {
  opened: number;
  byState: readonly { state: string; count: number }[];
  /** Opened in the range, not resolved or closed, past their legal due date today. */
  overdue: number;
};

export type PaymentReport = {
  count: number;
  totalCents: number;
  byMethod: readonly { method: string; count: number; totalCents: number }[];
};

export type SatisfactionReport = {
  count: number;
  average: number | null;
  /** How many ratings of 1, 2, 3, 4 and 5 (index 0 is a 1). */
  distribution: readonly [number, number, number, number, number];
  /** The latest comments, newest first (anonymous: service and time only). */
  comments: readonly { at: number; score: number; serviceName: string; comment: string }[];
};

/** The whole report. Every table can also be had as CSV: `&format=csv&table=<name>`. */
export type ReportView = {
  filters: ReportFilters;
  generatedAt: number;
  summary: TicketCounts & {
    wait: DurationStats;
    service: DurationStats;
    sla: SlaCompliance;
    preferentialWait: DurationStats;
    ordinaryWait: DurationStats;
  };
  byService: readonly ServiceReportRow[];
  byHour: readonly HourReportRow[];
  byDay: readonly DayReportRow[];
  preferential: readonly PreferentialReportRow[];
  clerks: readonly ClerkReportRow[];
  outcomes: readonly OutcomeReportRow[];
  procedures: readonly ProcedureReportRow[];
  expedientes: ExpedienteReport;
  payments: PaymentReport;
  satisfaction: SatisfactionReport;
  /** Per day and service (the open-data table of `/transparencia`, kept from the first version). */
  rows: readonly (DayReportRow & { serviceId: string; serviceName: string })[];
};

/** The tables `&format=csv&table=…` can export. */
export const REPORT_TABLES = [
  'byService',
  'byHour',
  'byDay',
  'preferential',
  'clerks',
  'outcomes',
  'procedures',
  'expedientes',
  'payments',
  'satisfaction',
  'rows',
] as const;
export type ReportTable = (typeof REPORT_TABLES)[number];
