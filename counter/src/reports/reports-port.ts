import type { CivilDate } from '@cac/shared/domain';
import type { AppError, ReportTable, ReportView, Result } from '@cac/shared/protocol';
import { createContext, useContext } from 'react';

/** What a report is asked for (`GET /api/v1/reports`); null filters mean "all". */
export type ReportQuery = {
  from: CivilDate;
  to: CivilDate;
  serviceId: string | null;
  windowId: string | null;
  clerkId: string | null;
  /** Hours of arrival, office time: `hourFrom` ≤ hour < `hourTo`. */
  hourFrom: number;
  hourTo: number;
};

/** The filters that pick one of the office's lists, in the order the address gives them. */
const LIST_FILTERS = ['serviceId', 'windowId', 'clerkId'] as const;

/** A refusal in the hub's words, or `null` when the hub could not be reached. */
export type ReportsError = AppError | null;

/** One table as the hub wrote it (UTF-8 with BOM), and the name to save it under. */
export type ReportCsv = { blob: Blob; filename: string };

/** The reports screen's view of the hub; resolves with the answer, never rejects. */
export type ReportsPort = {
  load(query: ReportQuery): Promise<Result<ReportView, ReportsError>>;
  downloadCsv(query: ReportQuery, table: ReportTable): Promise<Result<ReportCsv, ReportsError>>;
};

/**
 * `/reports?from=…` for a query: empty filters are left out, the hour range always goes, so the
 * address says exactly what the figures cover.
 */
export function reportPath(query: ReportQuery, csv: { table: ReportTable } | null = null): string {
  const params = new URLSearchParams({ from: query.from, to: query.to });
  for (const key of LIST_FILTERS) {
    const id = query[key];
    if (id !== null) params.set(key, id);
  }
  params.set('hourFrom', String(query.hourFrom));
  params.set('hourTo', String(query.hourTo));
  if (csv) {
    params.set('format', 'csv');
    params.set('table', csv.table);
  }
  return `/reports?${params.toString()}`;
}

/** The name the hub gives a table's CSV: `reporte-byService-2026-12-01-2026-12-07.csv`. */
export function csvFilename(query: ReportQuery, table: ReportTable): string {
  return `reporte-${table}-${query.from}-${query.to}.csv`;
}

const ReportsPortContext = createContext<ReportsPort | null>(null);

/** Gives the reports screen its port (a fake in tests); without one it talks to the hub. */
export const ReportsPortProvider = ReportsPortContext.Provider;

/** The port given by {@link ReportsPortProvider}, or null. */
export function useReportsPort(): ReportsPort | null {
  return useContext(ReportsPortContext);
}
