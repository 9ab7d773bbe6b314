import type { ReportView, ServiceReportRow } from '@cac/shared/protocol';
import type { ReactNode } from 'react';
import type { Column } from './data-table';
import { DataTable } from './data-table';
import { ReportSection } from './report-section';
import type { ReportText } from './use-report-text';

/** Per service: what became of its tickets, its waits and service times, and its target. */
export function ServiceTable({
  report,
  text,
}: {
  report: ReportView;
  text: ReportText;
}): ReactNode {
  const { t, count, minutes } = text;
  const title = t('reports.byService.heading');
  const columns: Column<ServiceReportRow>[] = [
    { header: t('reports.col.service'), cell: (row) => row.serviceName },
    { header: t('reports.col.issued'), cell: (row) => count(row.issued), numeric: true },
    { header: t('reports.col.served'), cell: (row) => count(row.served), numeric: true },
    { header: t('reports.col.noShow'), cell: (row) => count(row.noShow), numeric: true },
    { header: t('reports.col.cancelled'), cell: (row) => count(row.cancelled), numeric: true },
    { header: t('reports.col.expired'), cell: (row) => count(row.expired), numeric: true },
    { header: t('reports.col.transferred'), cell: (row) => count(row.transferred), numeric: true },
    { header: t('reports.col.avgWait'), cell: (row) => minutes(row.wait.avgMin), numeric: true },
    {
      header: t('reports.col.medianWait'),
      cell: (row) => minutes(row.wait.medianMin),
      numeric: true,
    },
    { header: t('reports.col.p90Wait'), cell: (row) => minutes(row.wait.p90Min), numeric: true },
    {
      header: t('reports.col.avgService'),
      cell: (row) => minutes(row.service.avgMin),
      numeric: true,
    },
    { header: t('reports.col.target'), cell: (row) => minutes(row.sla.targetMin), numeric: true },
    { header: t('reports.col.sla'), cell: (row) => text.sla(row.sla), numeric: true },
  ];
  return (
    <ReportSection title={title} table="byService">
      <DataTable
        label={title}
        columns={columns}
        rows={report.byService}
        rowKey={(row) => row.serviceId}
      />
    </ReportSection>
  );
}
