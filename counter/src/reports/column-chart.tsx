import type { ReactNode } from 'react';
import { BaseAxis, ChartSvg, ValueGrid, plotInside } from './chart-axes';
import { axisFor } from './chart-scale';

/** One series of bars (e.g. "Emitidos"), one value per category. */
export type ColumnSeries = { name: string; className: string; values: readonly number[] };

/** Props of {@link ColumnChart}. */
export type ColumnChartProps = {
  categories: readonly string[];
  series: readonly ColumnSeries[];
  xLabel: string;
  yLabel: string;
  /** How a count is written on its bar and on the axis (the axis keeps to whole numbers). */
  format(value: number): string;
  /** Drawing units; the SVG scales to its box. */
  width?: number;
  height?: number;
};

const MARGIN = { top: 22, right: 8, bottom: 46, left: 52 };

/**
 * Vertical bars grouped by category (hours, scores), each with its value written above it, on a
 * value axis with four round gridlines. Hidden from assistive technology: the figure's table
 * gives the same numbers.
 */
export function ColumnChart({
  categories,
  series,
  xLabel,
  yLabel,
  format,
  width = 640,
  height = 270,
}: ColumnChartProps): ReactNode {
  const plot = plotInside(width, height, MARGIN);
  const plotWidth = plot.right - plot.left;
  const plotHeight = plot.bottom - plot.top;
  const axis = axisFor(Math.max(0, ...series.flatMap((s) => s.values)), { integer: true });
  const y = (value: number) => MARGIN.top + plotHeight - (value / axis.top) * plotHeight;
  const groupWidth = plotWidth / Math.max(1, categories.length);
  // A day with one hour must not draw one bar as wide as the chart.
  const barWidth = Math.min(56, (groupWidth * 0.8) / Math.max(1, series.length));
  const groupInset = (groupWidth - barWidth * series.length) / 2;
  const baseline = plot.bottom;
  return (
    <ChartSvg width={width} height={height}>
      <ValueGrid plot={plot} direction="y" ticks={axis.ticks} at={y} format={format} />
      {categories.map((category, index) => {
        const groupX = MARGIN.left + index * groupWidth + groupInset;
        return (
          <g key={category}>
            {series.map((s, position) => {
              const value = s.values[index] ?? 0;
              const x = groupX + position * barWidth;
              return (
                <g key={s.name}>
                  <rect
                    className={s.className}
                    x={x + 1}
                    y={y(value)}
                    width={Math.max(1, barWidth - 2)}
                    height={baseline - y(value)}
                  />
                  <text
                    className="reports-svg__value"
                    x={x + barWidth / 2}
                    y={y(value) - 4}
                    textAnchor="middle"
                  >
                    {format(value)}
                  </text>
                </g>
              );
            })}
            <text
              className="reports-svg__tick"
              x={MARGIN.left + index * groupWidth + groupWidth / 2}
              y={baseline + 16}
              textAnchor="middle"
            >
              {category}
            </text>
          </g>
        );
      })}
      <BaseAxis plot={plot} direction="y" height={height} label={xLabel} />
      <text
        className="reports-svg__label"
        transform={`translate(14 ${MARGIN.top + plotHeight / 2}) rotate(-90)`}
        textAnchor="middle"
      >
        {yLabel}
      </text>
    </ChartSvg>
  );
}
