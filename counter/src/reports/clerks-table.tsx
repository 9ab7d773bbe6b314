import type { ClerkReportRow } from '@cac/shared/protocol';
import type { ReactNode } from 'react';
import type { Column } from './data-table';
import { reportColumns } from './report-columns';
import type { ReportPartProps } from './report-section';
import { TableSection } from './table-section';

/** Each clerk's served tickets, service times and pauses. */
export function ClerksTable({ report, text }: ReportPartProps): ReactNode {
  const col = reportColumns(text);
  const columns: Column<ClerkReportRow>[] = [
    col.label('reports.clerks.name', (row) => row.clerkName),
    col.count('reports.col.served', (row) => row.served),
    col.count('reports.col.noShow', (row) => row.noShow),
    col.minutes('reports.col.avgService', (row) => row.service.avgMin),
    col.minutes('reports.col.medianService', (row) => row.service.medianMin),
    col.count('reports.clerks.pauses', (row) => row.pauses),
    col.figure('reports.clerks.pauseMin', (row) => text.decimal(row.pauseMin)),
  ];
  return (
    <TableSection
      title={text.t('reports.clerks.heading')}
      table="clerks"
      columns={columns}
      rows={report.clerks}
      rowKey={(row) => row.clerkId}
    />
  );
}
