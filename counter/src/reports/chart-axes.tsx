import type { ReactNode } from 'react';

/** Where a chart plots, in drawing units: the box inside its margins. */
export type PlotBox = { left: number; right: number; top: number; bottom: number };

/** A chart's margins around its plot, for the axis' values and names. */
export type Margins = PlotBox;

/** The plot of a `width` × `height` drawing inside `margin`. */
export function plotInside(width: number, height: number, margin: Margins): PlotBox {
  return {
    left: margin.left,
    right: width - margin.right,
    top: margin.top,
    bottom: height - margin.bottom,
  };
}

/**
 * Which way a chart's values run: up the side (`y`, columns) or along the bottom (`x`, bars).
 * Gridlines cross the plot the other way.
 */
export type ValueDirection = 'x' | 'y';

/**
 * The drawing: it scales to its box, and is hidden from assistive technology because the
 * figure's table gives the same numbers.
 */
export function ChartSvg({
  width,
  height,
  children,
}: {
  width: number;
  height: number;
  children: ReactNode;
}): ReactNode {
  return (
    <svg
      className="reports-svg"
      viewBox={`0 0 ${width} ${height}`}
      aria-hidden="true"
      focusable="false"
    >
      {children}
    </svg>
  );
}

/** The value axis's gridlines across the plot, each with its value written outside it. */
export function ValueGrid({
  plot,
  direction,
  ticks,
  at,
  format,
}: {
  plot: PlotBox;
  direction: ValueDirection;
  ticks: readonly number[];
  /** Where a value falls along `direction`. */
  at(value: number): number;
  format(value: number): string;
}): ReactNode {
  return ticks.map((tick) => {
    const position = at(tick);
    return direction === 'y' ? (
      <g key={tick}>
        <line
          className="reports-svg__grid"
          x1={plot.left}
          x2={plot.right}
          y1={position}
          y2={position}
        />
        <text className="reports-svg__tick" x={plot.left - 6} y={position + 4} textAnchor="end">
          {format(tick)}
        </text>
      </g>
    ) : (
      <g key={tick}>
        <line
          className="reports-svg__grid"
          x1={position}
          x2={position}
          y1={plot.top}
          y2={plot.bottom}
        />
        <text className="reports-svg__tick" x={position} y={plot.bottom + 16} textAnchor="middle">
          {format(tick)}
        </text>
      </g>
    );
  });
}

/**
 * The line the bars stand on (the plot's bottom for columns, its left for bars), and the name of
 * the horizontal axis centred under the plot. Drawn after the bars, so their ends sit under it.
 */
export function BaseAxis({
  plot,
  direction,
  height,
  label,
}: {
  plot: PlotBox;
  direction: ValueDirection;
  /** The drawing's height: the label sits on its last line. */
  height: number;
  label: string;
}): ReactNode {
  return (
    <>
      <line
        className="reports-svg__axis"
        x1={plot.left}
        x2={direction === 'y' ? plot.right : plot.left}
        y1={direction === 'y' ? plot.bottom : plot.top}
        y2={plot.bottom}
      />
      <text
        className="reports-svg__label"
        x={(plot.left + plot.right) / 2}
        y={height - 6}
        textAnchor="middle"
      >
        {label}
      </text>
    </>
  );
}
