import type { ClerkReportRow, ReportView } from '@cac/shared/protocol';
import type { ReactNode } from 'react';
import type { Column } from './data-table';
import { DataTable } from './data-table';
import { ReportSection } from './report-section';
import type { ReportText } from './use-report-text';

/** Each clerk's served tickets, service times and pauses. */
export function ClerksTable({ report, text }: { report: ReportView; text: ReportText }): ReactNode {
  const { t, count, minutes } = text;
  const title = t('reports.clerks.heading');
  const columns: Column<ClerkReportRow>[] = [
    { header: t('reports.clerks.name'), cell: (row) => row.clerkName },
    { header: t('reports.col.served'), cell: (row) => count(row.served), numeric: true },
    { header: t('reports.col.noShow'), cell: (row) => count(row.noShow), numeric: true },
    {
      header: t('reports.col.avgService'),
      cell: (row) => minutes(row.service.avgMin),
      numeric: true,
    },
    {
      header: t('reports.col.medianService'),
      cell: (row) => minutes(row.service.medianMin),
      numeric: true,
    },
    { header: t('reports.clerks.pauses'), cell: (row) => count(row.pauses), numeric: true },
    {
      header: t('reports.clerks.pauseMin'),
      cell: (row) => text.decimal(row.pauseMin),
      numeric: true,
    },
  ];
  return (
    <ReportSection title={title} table="clerks">
      <DataTable
        label={title}
        columns={columns}
        rows={report.clerks}
        rowKey={(row) => row.clerkId}
      />
    </ReportSection>
  );
}
