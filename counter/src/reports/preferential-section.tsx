import type { PreferentialReportRow, ReportView } from '@cac/shared/protocol';
import type { ReactNode } from 'react';
import type { Column } from './data-table';
import { DataTable } from './data-table';
import { ReportSection } from './report-section';
import type { ReportText } from './use-report-text';

/**
 * Ley 28683's evidence: how long preferential tickets waited, by category, against ordinary ones,
 * read out in one sentence, with a warning in words when preferential ones waited longer.
 */
export function PreferentialSection({
  report,
  text,
}: {
  report: ReportView;
  text: ReportText;
}): ReactNode {
  const { t, count, minutes } = text;
  const title = t('reports.preferential.heading');
  const preferential = report.summary.preferentialWait.avgMin;
  const ordinary = report.summary.ordinaryWait.avgMin;
  const columns: Column<PreferentialReportRow>[] = [
    {
      header: t('reports.preferential.category'),
      cell: (row) => t(`reports.category.${row.category}`),
    },
    { header: t('reports.col.issued'), cell: (row) => count(row.issued), numeric: true },
    { header: t('reports.col.avgWait'), cell: (row) => minutes(row.wait.avgMin), numeric: true },
    {
      header: t('reports.col.medianWait'),
      cell: (row) => minutes(row.wait.medianMin),
      numeric: true,
    },
    { header: t('reports.col.p90Wait'), cell: (row) => minutes(row.wait.p90Min), numeric: true },
    { header: t('reports.col.sla'), cell: (row) => text.sla(row.sla), numeric: true },
  ];
  return (
    <ReportSection title={title} table="preferential" className="reports-preferential">
      {preferential === null ? (
        <p className="reports-reading">{t('reports.preferential.none')}</p>
      ) : (
        <p className="reports-reading">
          {t('reports.preferential.reading', {
            preferential: minutes(preferential),
            ordinary: minutes(ordinary),
          })}
        </p>
      )}
      {preferential !== null && ordinary !== null && preferential > ordinary ? (
        <p className="reports-warning">{t('reports.preferential.warning')}</p>
      ) : null}
      <DataTable
        label={title}
        columns={columns}
        rows={report.preferential}
        rowKey={(row) => row.category}
      />
    </ReportSection>
  );
}
