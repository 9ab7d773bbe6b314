import type { DayReportRow, ReportView } from '@cac/shared/protocol';
import type { ReactNode } from 'react';
import { formatCivilDate } from '../backoffice/format';
import type { Column } from './data-table';
import { DataTable } from './data-table';
import { ReportSection } from './report-section';
import type { ReportText } from './use-report-text';

/** Day by day: what became of the tickets and how long they waited. */
export function DayTable({ report, text }: { report: ReportView; text: ReportText }): ReactNode {
  const { t, count, minutes } = text;
  const title = t('reports.byDay.heading');
  const columns: Column<DayReportRow>[] = [
    { header: t('reports.col.day'), cell: (row) => formatCivilDate(row.day) },
    { header: t('reports.col.issued'), cell: (row) => count(row.issued), numeric: true },
    { header: t('reports.col.served'), cell: (row) => count(row.served), numeric: true },
    { header: t('reports.col.noShow'), cell: (row) => count(row.noShow), numeric: true },
    { header: t('reports.col.cancelled'), cell: (row) => count(row.cancelled), numeric: true },
    { header: t('reports.col.expired'), cell: (row) => count(row.expired), numeric: true },
    { header: t('reports.col.transferred'), cell: (row) => count(row.transferred), numeric: true },
    { header: t('reports.col.avgWait'), cell: (row) => minutes(row.avgWaitMin), numeric: true },
    { header: t('reports.col.p90Wait'), cell: (row) => minutes(row.p90WaitMin), numeric: true },
  ];
  return (
    <ReportSection title={title} table="byDay">
      <DataTable label={title} columns={columns} rows={report.byDay} rowKey={(row) => row.day} />
    </ReportSection>
  );
}

/**
 * The open-data table (one row per day and service): too long to read on screen for a quarter,
 * so it is offered as CSV with its size.
 */
export function OpenDataSection({
  report,
  text,
}: {
  report: ReportView;
  text: ReportText;
}): ReactNode {
  const { t } = text;
  return (
    <ReportSection title={t('reports.rows.heading')} table="rows" className="reports-open-data">
      <p>{t('reports.rows.count', { count: report.rows.length })}</p>
    </ReportSection>
  );
}
