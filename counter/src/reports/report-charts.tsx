import type { ReactNode } from 'react';
import { ChartFigure } from './chart-figure';
import type { ColumnSeries } from './column-chart';
import { ColumnChart } from './column-chart';
import { formatHour } from './report-format';
import type { ReportPartProps } from './report-section';
import { SCORES, scoreName } from './score-names';
import { WaitsChart } from './waits-chart';

/** The legend of column series: each series' name beside a swatch of its bars' colour. */
function legendOf(series: readonly ColumnSeries[]): { label: string; className: string }[] {
  return series.map(({ name, className }) => ({ label: name, className }));
}

/** Volume by hour of arrival: issued and served side by side. */
export function VolumeByHour({ report, text }: ReportPartProps): ReactNode {
  const { t, count } = text;
  const issued = t('reports.chart.issued');
  const served = t('reports.chart.served');
  const series: ColumnSeries[] = [
    { name: issued, className: 'reports-fill--issued', values: report.byHour.map((r) => r.issued) },
    { name: served, className: 'reports-fill--served', values: report.byHour.map((r) => r.served) },
  ];
  return (
    <ChartFigure
      title={t('reports.chart.byHour.title')}
      table="byHour"
      empty={report.byHour.every((row) => row.issued === 0 && row.served === 0)}
      legend={legendOf(series)}
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
        categories={report.byHour.map((row) => formatHour(row.hour))}
        series={series}
        xLabel={t('reports.chart.byHour.x')}
        yLabel={t('reports.chart.byHour.y')}
        format={count}
        width={760}
      />
    </ChartFigure>
  );
}

/** Average and 90th-percentile wait of each service against its target. */
export function WaitsByService({ report, text }: ReportPartProps): ReactNode {
  const { t, minutes } = text;
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
            minutes(row.wait.avgMin),
            minutes(row.wait.p90Min),
            minutes(row.sla.targetMin),
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
export function SatisfactionChart({ report, text }: ReportPartProps): ReactNode {
  const { t, count } = text;
  const ratings = t('reports.chart.satisfaction.y');
  const faces = t('reports.chart.satisfaction.x');
  const series: ColumnSeries[] = [
    { name: ratings, className: 'reports-fill--rating', values: report.satisfaction.distribution },
  ];
  return (
    <ChartFigure
      title={t('reports.chart.satisfaction.title')}
      table={null}
      empty={report.satisfaction.count === 0}
      // One series: its name is the value axis' title, so a legend would only repeat it.
      legend={[]}
      data={{
        columns: [faces, ratings],
        rows: SCORES.map((score, index) => ({
          key: String(score),
          cells: [scoreName(score, t), count(report.satisfaction.distribution[index] ?? 0)],
        })),
      }}
    >
      <ColumnChart
        categories={SCORES.map((score) => scoreName(score, t))}
        series={series}
        xLabel={faces}
        yLabel={ratings}
        format={count}
        width={500}
      />
    </ChartFigure>
  );
}
