import type { ReportView } from '@cac/shared/protocol';
import type { ReactNode } from 'react';
import { ChartFigure } from './chart-figure';
import { ColumnChart } from './column-chart';
import { formatHour } from './report-format';
import { SCORES, scoreKey } from './score-names';
import type { ReportText } from './use-report-text';
import { WaitsChart } from './waits-chart';

/** Volume by hour of arrival: issued and served side by side. */
export function VolumeByHour({
  report,
  text,
}: {
  report: ReportView;
  text: ReportText;
}): ReactNode {
  const { t, count } = text;
  const title = t('reports.chart.byHour.title');
  const hours = report.byHour.map((row) => formatHour(row.hour));
  const issued = t('reports.chart.issued');
  const served = t('reports.chart.served');
  return (
    <ChartFigure
      title={title}
      table="byHour"
      empty={report.byHour.every((row) => row.issued === 0 && row.served === 0)}
      legend={[
        { label: issued, className: 'reports-fill--issued' },
        { label: served, className: 'reports-fill--served' },
      ]}
      data={{
        columns: [t('reports.col.hour'), issued, served, t('reports.col.avgWait')],
        rows: report.byHour.map((row) => ({
          key: String(row.hour),
          cells: [
            formatHour(row.hour),
            count(row.issued),
            count(row.served),
            text.minutes(row.avgWaitMin),
          ],
        })),
      }}
    >
      <ColumnChart
        categories={hours}
        series={[
          {
            name: issued,
            className: 'reports-fill--issued',
            values: report.byHour.map((r) => r.issued),
          },
          {
            name: served,
            className: 'reports-fill--served',
            values: report.byHour.map((r) => r.served),
          },
        ]}
        xLabel={t('reports.chart.byHour.x')}
        yLabel={t('reports.chart.byHour.y')}
        format={count}
        width={760}
      />
    </ChartFigure>
  );
}

/** Average and 90th-percentile wait of each service against its target. */
export function WaitsByService({
  report,
  text,
}: {
  report: ReportView;
  text: ReportText;
}): ReactNode {
  const { t } = text;
  const avg = t('reports.chart.avg');
  const p90 = t('reports.chart.p90');
  const target = t('reports.chart.target');
  return (
    <ChartFigure
      title={t('reports.chart.waits.title')}
      table={null}
      empty={report.byService.length === 0}
      legend={[
        { label: avg, className: 'reports-fill--avg' },
        { label: p90, className: 'reports-fill--p90' },
        { label: target, className: 'reports-legend__swatch--target' },
      ]}
      data={{
        columns: [t('reports.chart.waits.y'), avg, p90, target],
        rows: report.byService.map((row) => ({
          key: row.serviceId,
          cells: [
            row.serviceName,
            text.minutes(row.wait.avgMin),
            text.minutes(row.wait.p90Min),
            text.minutes(row.sla.targetMin),
          ],
        })),
      }}
    >
      <WaitsChart
        rows={report.byService.map((row) => ({
          label: row.serviceName,
          avg: row.wait.avgMin,
          p90: row.wait.p90Min,
          target: row.sla.targetMin,
        }))}
        xLabel={t('reports.chart.waits.x')}
        format={(value) => text.decimal(value)}
      />
    </ChartFigure>
  );
}

/** How many ratings of each face, 1 to 5. */
export function SatisfactionChart({
  report,
  text,
}: {
  report: ReportView;
  text: ReportText;
}): ReactNode {
  const { t, count } = text;
  const labels = SCORES.map((score) => {
    const key = scoreKey(score);
    return key ? t(key) : String(score);
  });
  const ratings = t('reports.chart.satisfaction.y');
  return (
    <ChartFigure
      title={t('reports.chart.satisfaction.title')}
      table={null}
      empty={report.satisfaction.count === 0}
      legend={[]}
      data={{
        columns: [t('reports.chart.satisfaction.x'), ratings],
        rows: SCORES.map((score, index) => ({
          key: String(score),
          cells: [
            labels[index] ?? String(score),
            count(report.satisfaction.distribution[index] ?? 0),
          ],
        })),
      }}
    >
      <ColumnChart
        categories={labels}
        series={[
          {
            name: ratings,
            className: 'reports-fill--rating',
            values: report.satisfaction.distribution,
          },
        ]}
        xLabel={t('reports.chart.satisfaction.x')}
        yLabel={ratings}
        format={count}
        width={500}
      />
    </ChartFigure>
  );
}
