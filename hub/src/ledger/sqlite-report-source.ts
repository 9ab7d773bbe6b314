import type Database from 'better-sqlite3';
import type { ReportSource } from '../reports/report-source';

/** {@link ReportSource} over the ledger's tables. */
export function createSqliteReportSource(db: Database.Database): ReportSource {
  const count = db
    .prepare<[string, string], number>(
      'SELECT count(*) FROM tickets WHERE office_day BETWEEN ? AND ?',
    )
    .pluck();
  return { ticketCount: (fromDay, toDay) => count.get(fromDay, toDay) ?? 0 };
}
