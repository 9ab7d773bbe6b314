import type { DurationStats, ReportView } from '@cac/shared/protocol';
import type { ReactNode } from 'react';
import type { ReportText } from './use-report-text';

const COUNTS = ['issued', 'served', 'noShow', 'cancelled', 'expired', 'transferred'] as const;

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
      <dl>
        <div>
          <dt>{t('reports.summary.avg')}</dt>
          <dd>{minutes(stats.avgMin)}</dd>
        </div>
        <div>
          <dt>{t('reports.summary.median')}</dt>
          <dd>{minutes(stats.medianMin)}</dd>
        </div>
        <div>
          <dt>{t('reports.summary.p90')}</dt>
          <dd>{minutes(stats.p90Min)}</dd>
        </div>
      </dl>
    </div>
  );
}

/**
 * The figures a supervisor reads first: what became of the tickets, how long people waited and
 * were served, how many were called within the target, and how satisfied they said they were.
 */
export function ReportSummary({
  report,
  text,
}: {
  report: ReportView;
  text: ReportText;
}): ReactNode {
  const { t, count } = text;
  const { summary, satisfaction } = report;
  return (
    <section className="reports-summary" aria-labelledby="reports-summary-heading">
      <h3 id="reports-summary-heading" className="visually-hidden">
        {t('reports.summary.heading')}
      </h3>
      <dl className="reports-counts">
        {COUNTS.map((key) => (
          <div key={key} className={`reports-count reports-count--${key}`}>
            <dt>{t(`reports.summary.${key}`)}</dt>
            <dd>{count(summary[key])}</dd>
          </div>
        ))}
      </dl>
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
