import type { ReactNode } from 'react';
import { BaseAxis, ChartSvg, ValueGrid, plotInside } from './chart-axes';
import { axisFor } from './chart-scale';

/** One service's waits and the target they are measured against (minutes). */
export type WaitBar = {
  label: string;
  avg: number | null;
  p90: number | null;
  target: number | null;
};

/** Props of {@link WaitsChart}. */
export type WaitsChartProps = {
  rows: readonly WaitBar[];
  xLabel: string;
  /** How minutes are written beside the bars and on the axis. */
  format(value: number): string;
  width?: number;
};

const MARGIN = { top: 8, right: 70, bottom: 44, left: 200 };
const ROW = 46;
const BAR = 15;

/**
 * Horizontal bars per service: the average wait and the 90th percentile, each with its minutes
 * written at its end, and the service's target as a dashed line (named in the legend). Hidden from
 * assistive technology: the figure's table gives the same numbers.
 */
export function WaitsChart({ rows, xLabel, format, width = 620 }: WaitsChartProps): ReactNode {
  const height = MARGIN.top + rows.length * ROW + MARGIN.bottom;
  const axis = axisFor(
    Math.max(0, ...rows.flatMap((row) => [row.avg ?? 0, row.p90 ?? 0, row.target ?? 0])),
  );
  const plot = plotInside(width, height, MARGIN);
  const x = (value: number) => plot.left + (value / axis.top) * (plot.right - plot.left);
  function bar(value: number | null, y: number, className: string): ReactNode {
    if (value === null) return null;
    return (
      <g>
        <rect
          className={className}
          x={MARGIN.left}
          y={y}
          width={Math.max(1, x(value) - MARGIN.left)}
          height={BAR}
        />
        <text className="reports-svg__value" x={x(value) + 4} y={y + BAR - 3}>
          {format(value)}
        </text>
      </g>
    );
  }
  return (
    <ChartSvg width={width} height={height}>
      <ValueGrid plot={plot} direction="x" ticks={axis.ticks} at={x} format={format} />
      {rows.map((row, index) => {
        const rowY = MARGIN.top + index * ROW;
        return (
          <g key={row.label}>
            <text
              className="reports-svg__tick"
              x={MARGIN.left - 8}
              y={rowY + ROW / 2 + 4}
              textAnchor="end"
            >
              {row.label}
            </text>
            {bar(row.avg, rowY + 7, 'reports-fill--avg')}
            {bar(row.p90, rowY + 7 + BAR + 1, 'reports-fill--p90')}
            {row.target === null ? null : (
              <line
                className="reports-svg__target"
                x1={x(row.target)}
                x2={x(row.target)}
                y1={rowY + 3}
                y2={rowY + ROW - 5}
              />
            )}
          </g>
        );
      })}
      <BaseAxis plot={plot} direction="x" height={height} label={xLabel} />
    </ChartSvg>
  );
}
