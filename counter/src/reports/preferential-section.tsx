import type { PreferentialReportRow } from '@cac/shared/protocol';
import type { ReactNode } from 'react';
import type { Column } from './data-table';
import { reportColumns } from './report-columns';
import type { ReportPartProps } from './report-section';
import { TableSection } from './table-section';

/**
 * Ley 28683's evidence: how long preferential tickets waited, by category, against ordinary ones,
 * read out in one sentence, with a warning in words when preferential ones waited longer.
 */
export function PreferentialSection({ report, text }: ReportPartProps): ReactNode {
  const { t, minutes } = text;
  const preferential = report.summary.preferentialWait.avgMin;
  const ordinary = report.summary.ordinaryWait.avgMin;
  const col = reportColumns(text);
  const columns: Column<PreferentialReportRow>[] = [
    col.label('reports.preferential.category', (row) => t(`reports.category.${row.category}`)),
    col.count('reports.col.issued', (row) => row.issued),
    ...col.waits<PreferentialReportRow>((row) => row.wait),
    col.sla((row) => row.sla),
  ];
  return (
    <TableSection
      title={t('reports.preferential.heading')}
      table="preferential"
      className="reports-preferential"
      columns={columns}
      rows={report.preferential}
      rowKey={(row) => row.category}
    >
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
    </TableSection>
  );
}
