/** A chart's value axis: its top and the five gridline values from 0 to it. */
export type Axis = { top: number; ticks: number[] };

// Steps between gridlines people read at a glance.
const STEPS = [1, 2, 2.5, 5, 10] as const;

/**
 * The axis for values up to `max`: four equal steps of 1, 2, 2.5 or 5 times a power of ten, the
 * smallest whose top reaches `max`. Counts (`integer`) never get fractional gridlines; an empty
 * chart still gets an axis of 0 to 4.
 */
export function axisFor(max: number, options: { integer?: boolean } = {}): Axis {
  const quarter = max > 0 ? max / 4 : 1;
  const power = 10 ** Math.floor(Math.log10(quarter));
  const multiplier = STEPS.find((step) => step * power >= quarter) ?? 10;
  // Rounding keeps counts whole (2.5 → 3); it never lowers the top below `max`.
  const step = options.integer ? Math.max(1, Math.round(multiplier * power)) : multiplier * power;
  const top = step * 4;
  return { top, ticks: [0, 1, 2, 3, 4].map((index) => Math.round(step * index * 1000) / 1000) };
}
