import type { DurationStats } from '@cac/shared/protocol';
import type { ReactNode } from 'react';
import { FigureList } from './figure-list';
import type { ReportPartProps } from './report-section';
import { TICKET_COUNTS } from './ticket-counts';
import type { ReportText } from './use-report-text';

function Times({
  title,
  stats,
  text,
}: {
  title: string;
  stats: DurationStats;
  text: ReportText;
}): ReactNode {
  const { t, minutes } = text;
  return (
    <div className="reports-card reports-card--times">
      <h4>{title}</h4>
      <FigureList
        items={[
          { term: t('reports.summary.avg'), value: minutes(stats.avgMin) },
          { term: t('reports.summary.median'), value: minutes(stats.medianMin) },
          { term: t('reports.summary.p90'), value: minutes(stats.p90Min) },
        ]}
      />
    </div>
  );
}

/**
 * The figures a supervisor reads first: what became of the tickets, how long people waited and
 * were served, how many were called within the target, and how satisfied they said they were.
 */
export function ReportSummary({ report, text }: ReportPartProps): ReactNode {
  const { t, count } = text;
  const { summary, satisfaction } = report;
  return (
    <section className="reports-summary" aria-labelledby="reports-summary-heading">
      <h3 id="reports-summary-heading" className="visually-hidden">
        {t('reports.summary.heading')}
      </h3>
      <FigureList
        className="reports-counts"
        items={TICKET_COUNTS.map((key) => ({
          term: t(`reports.summary.${key}`),
          value: count(summary[key]),
          className: `reports-count reports-count--${key}`,
        }))}
      />
      <div className="reports-cards">
        <Times title={t('reports.summary.wait')} stats={summary.wait} text={text} />
        <Times title={t('reports.summary.service')} stats={summary.service} text={text} />
        <div className="reports-card">
          <h4>{t('reports.summary.sla')}</h4>
          <p className="reports-card__value">{text.percent(summary.sla.pct)}</p>
          <p className="reports-card__detail">
            {t('reports.summary.slaDetail', {
              met: count(summary.sla.met),
              evaluated: count(summary.sla.evaluated),
            })}
          </p>
        </div>
        <div className="reports-card">
          <h4>{t('reports.summary.satisfaction')}</h4>
          <p className="reports-card__value">
            {satisfaction.average === null
              ? t('reports.noValue')
              : t('reports.summary.satisfactionValue', {
                  average: text.decimal(satisfaction.average),
                })}
          </p>
          <p className="reports-card__detail">
            {t('reports.summary.satisfactionDetail', { count: satisfaction.count })}
          </p>
        </div>
      </div>
    </section>
  );
}
