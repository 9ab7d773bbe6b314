import type { OutcomeReportRow, ProcedureReportRow } from '@cac/shared/protocol';
import type { ReactNode } from 'react';
import type { CounterTextKey } from '../counter-text';
import { catalogName } from './catalog-name';
import type { Column } from './data-table';
import { reportColumns } from './report-columns';
import type { ReportPartProps } from './report-section';
import { TableSection } from './table-section';

const RESULT_KEYS: Readonly<Record<string, CounterTextKey>> = {
  expediente: 'reports.result.expediente',
  receipt: 'reports.result.receipt',
  'acta-copy': 'reports.result.acta-copy',
  'not-found': 'reports.result.not-found',
};

/** How the attentions ended, per service, in the outcome labels the office configured. */
export function OutcomesTable({ report, text }: ReportPartProps): ReactNode {
  const col = reportColumns(text);
  const columns: Column<OutcomeReportRow>[] = [
    col.label('reports.col.service', (row) => row.serviceName),
    col.label('reports.outcomes.outcome', (row) => row.outcomeLabel),
    col.count('reports.outcomes.count', (row) => row.count),
  ];
  return (
    <TableSection
      title={text.t('reports.outcomes.heading')}
      table="outcomes"
      columns={columns}
      rows={report.outcomes}
      rowKey={(row) => `${row.serviceId}/${row.outcome}`}
    />
  );
}

/** The procedures run at the windows, what they produced and the fees they charged. */
export function ProceduresTable({ report, text }: ReportPartProps): ReactNode {
  const { t, count } = text;
  const col = reportColumns(text);
  const columns: Column<ProcedureReportRow>[] = [
    col.label('reports.procedures.name', (row) => row.procedureName),
    col.count('reports.procedures.runs', (row) => row.runs),
    col.label('reports.procedures.results', (row) =>
      row.results
        .map((item) =>
          t('reports.result.item', {
            result: catalogName(RESULT_KEYS, item.result, t),
            count: count(item.count),
          }),
        )
        .join(' · '),
    ),
    col.figure('reports.procedures.fees', (row) => text.soles(row.feesCents)),
  ];
  return (
    <TableSection
      title={t('reports.procedures.heading')}
      table="procedures"
      columns={columns}
      rows={report.procedures}
      rowKey={(row) => row.procedureId}
    />
  );
}
