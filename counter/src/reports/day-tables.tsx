import type { DayReportRow } from '@cac/shared/protocol';
import type { ReactNode } from 'react';
import { formatCivilDate } from '../backoffice/format';
import type { Column } from './data-table';
import { reportColumns } from './report-columns';
import type { ReportPartProps } from './report-section';
import { ReportSection } from './report-section';
import { TableSection } from './table-section';

/** Day by day: what became of the tickets and how long they waited. */
export function DayTable({ report, text }: ReportPartProps): ReactNode {
  const col = reportColumns(text);
  const columns: Column<DayReportRow>[] = [
    col.label('reports.col.day', (row) => formatCivilDate(row.day)),
    ...col.ticketCounts<DayReportRow>(),
    col.minutes('reports.col.avgWait', (row) => row.avgWaitMin),
    col.minutes('reports.col.p90Wait', (row) => row.p90WaitMin),
  ];
  return (
    <TableSection
      title={text.t('reports.byDay.heading')}
      table="byDay"
      columns={columns}
      rows={report.byDay}
      rowKey={(row) => row.day}
    />
  );
}

/**
 * The open-data table (one row per day and service): too long to read on screen for a quarter,
 * so it is offered as CSV with its size.
 */
export function OpenDataSection({ report, text }: ReportPartProps): ReactNode {
  const { t } = text;
  return (
    <ReportSection title={t('reports.rows.heading')} table="rows" className="reports-open-data">
      <p>{t('reports.rows.count', { count: report.rows.length })}</p>
    </ReportSection>
  );
}
