import type { ServiceReportRow } from '@cac/shared/protocol';
import type { ReactNode } from 'react';
import type { Column } from './data-table';
import { reportColumns } from './report-columns';
import type { ReportPartProps } from './report-section';
import { TableSection } from './table-section';

/** Per service: what became of its tickets, its waits and service times, and its target. */
export function ServiceTable({ report, text }: ReportPartProps): ReactNode {
  const col = reportColumns(text);
  const columns: Column<ServiceReportRow>[] = [
    col.label('reports.col.service', (row) => row.serviceName),
    ...col.ticketCounts<ServiceReportRow>(),
    ...col.waits<ServiceReportRow>((row) => row.wait),
    col.minutes('reports.col.avgService', (row) => row.service.avgMin),
    col.minutes('reports.col.target', (row) => row.sla.targetMin),
    col.sla((row) => row.sla),
  ];
  return (
    <TableSection
      title={text.t('reports.byService.heading')}
      table="byService"
      columns={columns}
      rows={report.byService}
      rowKey={(row) => row.serviceId}
    />
  );
}
