import type { ReportTable } from '@cac/shared/protocol';
import type { ReactNode } from 'react';
import { useId } from 'react';
import { useCounterT } from '../counter-text';
import { SectionHeader } from './section-header';

/** The chart's figures as a table: what a screen reader reads instead of the drawing. */
export type ChartData = {
  columns: readonly string[];
  rows: readonly { key: string; cells: readonly string[] }[];
};

/** Props of {@link ChartFigure}. */
export type ChartFigureProps = {
  title: string;
  /** The series in words, each with the class that colours its swatch and bars. */
  legend: readonly { label: string; className: string }[];
  data: ChartData;
  /** The report table behind the chart, offered as CSV. */
  table: ReportTable | null;
  /** Nothing to draw: the figure says so in words instead of showing empty axes. */
  empty?: boolean;
  /** The drawing (an inline SVG, hidden from assistive technology: {@link ChartData} says it). */
  children: ReactNode;
};

/**
 * A chart with its title, legend and values drawn for the eye, and the same figures as a visually
 * hidden table for screen readers (the SVG itself is `aria-hidden`, so nothing is read twice).
 */
export function ChartFigure({
  title,
  legend,
  data,
  table,
  empty = false,
  children,
}: ChartFigureProps): ReactNode {
  const t = useCounterT();
  const titleId = useId();
  return (
    <figure className="reports-chart" aria-labelledby={titleId}>
      <SectionHeader as="figcaption" level="h4" id={titleId} title={title} table={table} />
      {empty ? <p className="reports-empty-table">{t('reports.table.empty')}</p> : null}
      {!empty && legend.length > 0 ? (
        <ul className="reports-legend" aria-hidden="true">
          {legend.map((item) => (
            <li key={item.label}>
              <span className={`reports-legend__swatch ${item.className}`} />
              {item.label}
            </li>
          ))}
        </ul>
      ) : null}
      {empty ? null : children}
      {empty ? null : (
        <table className="visually-hidden" aria-label={t('reports.chart.data', { title })}>
          <thead>
            <tr>
              {data.columns.map((column) => (
                <th key={column} scope="col">
                  {column}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {data.rows.map((row) => (
              <tr key={row.key}>
                {row.cells.map((cell, index) =>
                  index === 0 ? (
                    <th key={index} scope="row">
                      {cell}
                    </th>
                  ) : (
                    <td key={index}>{cell}</td>
                  ),
                )}
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </figure>
  );
}
