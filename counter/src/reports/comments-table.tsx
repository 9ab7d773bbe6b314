import type { ReportView, SatisfactionReport } from '@cac/shared/protocol';
import type { ReactNode } from 'react';
import { formatDateTime } from '../backoffice/format';
import type { Column } from './data-table';
import { DataTable } from './data-table';
import { ReportSection } from './report-section';
import { scoreKey } from './score-names';
import type { ReportText } from './use-report-text';

type Comment = SatisfactionReport['comments'][number];

/** The citizens' latest comments, anonymous (service and time only), newest first. */
export function CommentsTable({
  report,
  text,
  timeZone,
}: {
  report: ReportView;
  text: ReportText;
  timeZone: string;
}): ReactNode {
  const { t, language } = text;
  const title = t('reports.comments.heading');
  const columns: Column<Comment>[] = [
    { header: t('reports.comments.at'), cell: (row) => formatDateTime(row.at, timeZone, language) },
    { header: t('reports.col.service'), cell: (row) => row.serviceName },
    {
      header: t('reports.comments.score'),
      cell: (row) => {
        const key = scoreKey(row.score);
        return key ? t(key) : String(row.score);
      },
    },
    { header: t('reports.comments.comment'), cell: (row) => row.comment },
  ];
  return (
    <ReportSection title={title} table="satisfaction" className="reports-comments">
      <DataTable
        label={title}
        columns={columns}
        rows={report.satisfaction.comments}
        rowKey={(row, index) => `${row.at}-${index}`}
        rowHeader={false}
      />
    </ReportSection>
  );
}
