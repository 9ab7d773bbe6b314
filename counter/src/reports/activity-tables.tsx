import type { OutcomeReportRow, ProcedureReportRow, ReportView } from '@cac/shared/protocol';
import type { ReactNode } from 'react';
import type { CounterTextKey } from '../counter-text';
import type { Column } from './data-table';
import { DataTable } from './data-table';
import { ReportSection } from './report-section';
import type { ReportText } from './use-report-text';

const RESULT_KEYS: Readonly<Record<string, CounterTextKey>> = {
  expediente: 'reports.result.expediente',
  receipt: 'reports.result.receipt',
  'acta-copy': 'reports.result.acta-copy',
  'not-found': 'reports.result.not-found',
};

/** How the attentions ended, per service, in the outcome labels the office configured. */
export function OutcomesTable({
  report,
  text,
}: {
  report: ReportView;
  text: ReportText;
}): ReactNode {
  const { t, count } = text;
  const title = t('reports.outcomes.heading');
  const columns: Column<OutcomeReportRow>[] = [
    { header: t('reports.col.service'), cell: (row) => row.serviceName },
    { header: t('reports.outcomes.outcome'), cell: (row) => row.outcomeLabel },
    { header: t('reports.outcomes.count'), cell: (row) => count(row.count), numeric: true },
  ];
  return (
    <ReportSection title={title} table="outcomes">
      <DataTable
        label={title}
        columns={columns}
        rows={report.outcomes}
        rowKey={(row) => `${row.serviceId}/${row.outcome}`}
      />
    </ReportSection>
  );
}

/** The procedures run at the windows, what they produced and the fees they charged. */
export function ProceduresTable({
  report,
  text,
}: {
  report: ReportView;
  text: ReportText;
}): ReactNode {
  const { t, count } = text;
  const title = t('reports.procedures.heading');
  // A result the catalog does not know yet (a newer hub) shows its code rather than nothing.
  const resultName = (result: string) => {
    const key = RESULT_KEYS[result];
    return key ? t(key) : result;
  };
  const columns: Column<ProcedureReportRow>[] = [
    { header: t('reports.procedures.name'), cell: (row) => row.procedureName },
    { header: t('reports.procedures.runs'), cell: (row) => count(row.runs), numeric: true },
    {
      header: t('reports.procedures.results'),
      cell: (row) =>
        row.results
          .map((item) =>
            t('reports.result.item', { result: resultName(item.result), count: count(item.count) }),
          )
          .join(' · '),
    },
    {
      header: t('reports.procedures.fees'),
      cell: (row) => text.soles(row.feesCents),
      numeric: true,
    },
  ];
  return (
    <ReportSection title={title} table="procedures">
      <DataTable
        label={title}
        columns={columns}
        rows={report.procedures}
        rowKey={(row) => row.procedureId}
      />
    </ReportSection>
  );
}
