import type { ReportView } from '@cac/shared/protocol';
import type { ReactNode } from 'react';
import { ClerksTable } from './clerks-table';
import { CommentsTable } from './comments-table';
import { DayTable, OpenDataSection } from './day-tables';
import { ExpedientesSection, PaymentsSection } from './money-and-files';
import { OutcomesTable, ProceduresTable } from './activity-tables';
import { PreferentialSection } from './preferential-section';
import { SatisfactionChart, VolumeByHour, WaitsByService } from './report-charts';
import { ReportSummary } from './report-summary';
import { ServiceTable } from './service-table';
import type { ReportText } from './use-report-text';

/** Props of {@link ReportBody}. */
export type ReportBodyProps = {
  report: ReportView;
  text: ReportText;
  /** "Reporte del … al …": the filters as one heading, so a printed page says what it covers. */
  title: string;
  scope: string;
  timeZone: string;
};

/**
 * The report itself: its title line, then the summary, the charts and every table. A range
 * without tickets says so instead of a page of zeros, keeping the expedientes, payments and
 * comments that may still have happened in it.
 */
export function ReportBody({ report, text, title, scope, timeZone }: ReportBodyProps): ReactNode {
  const { t } = text;
  const noTickets = report.summary.issued === 0 && report.summary.open === 0;
  return (
    <article className="reports-body" aria-labelledby="reports-title">
      <header className="reports-title">
        <h3 id="reports-title">{title}</h3>
        <p>{scope}</p>
      </header>
      {noTickets ? (
        <div className="reports-empty" role="status">
          <p className="reports-empty__title">{t('reports.empty')}</p>
          <p>{t('reports.emptyHint')}</p>
        </div>
      ) : (
        <>
          <ReportSummary report={report} text={text} />
          <div className="reports-charts">
            <VolumeByHour report={report} text={text} />
            <SatisfactionChart report={report} text={text} />
          </div>
          {/* The waits beside Ley 28683's reading: both answer "who waited how long". */}
          <div className="reports-pair">
            <WaitsByService report={report} text={text} />
            <PreferentialSection report={report} text={text} />
          </div>
          <ServiceTable report={report} text={text} />
          <div className="reports-pair">
            <ClerksTable report={report} text={text} />
            <ProceduresTable report={report} text={text} />
          </div>
        </>
      )}
      {noTickets && report.expedientes.opened === 0 && report.payments.count === 0 ? null : (
        <div className="reports-pair">
          {noTickets ? null : <OutcomesTable report={report} text={text} />}
          <div className="reports-stack">
            <ExpedientesSection report={report} text={text} />
            <PaymentsSection report={report} text={text} />
          </div>
        </div>
      )}
      {noTickets ? null : <DayTable report={report} text={text} />}
      {report.satisfaction.comments.length > 0 ? (
        <CommentsTable report={report} text={text} timeZone={timeZone} />
      ) : null}
      {noTickets ? null : <OpenDataSection report={report} text={text} />}
    </article>
  );
}
