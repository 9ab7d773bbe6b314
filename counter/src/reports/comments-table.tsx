import type { SatisfactionReport } from '@cac/shared/protocol';
import type { ReactNode } from 'react';
import { formatDateTime } from '../backoffice/format';
import type { Column } from './data-table';
import { reportColumns } from './report-columns';
import type { ReportPartProps } from './report-section';
import { scoreName } from './score-names';
import { TableSection } from './table-section';

type Comment = SatisfactionReport['comments'][number];

/** The citizens' latest comments, anonymous (service and time only), newest first. */
export function CommentsTable({
  report,
  text,
  timeZone,
}: ReportPartProps & { timeZone: string }): ReactNode {
  const { t, language } = text;
  const col = reportColumns(text);
  const columns: Column<Comment>[] = [
    col.label('reports.comments.at', (row) => formatDateTime(row.at, timeZone, language)),
    col.label('reports.col.service', (row) => row.serviceName),
    col.label('reports.comments.score', (row) => scoreName(row.score, t)),
    col.label('reports.comments.comment', (row) => row.comment),
  ];
  return (
    <TableSection
      title={t('reports.comments.heading')}
      table="satisfaction"
      className="reports-comments"
      columns={columns}
      rows={report.satisfaction.comments}
      rowKey={(row, index) => `${row.at}-${index}`}
      rowHeader={false}
    />
  );
}
