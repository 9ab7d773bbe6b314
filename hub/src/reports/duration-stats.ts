import type { DurationStats } from '@cac/shared/protocol';

/** Milliseconds to minutes with one decimal (the unit of every report figure). */
export function toMinutes(ms: number | null): number | null {
  return ms === null ? null : Math.round(ms / 6000) / 10;
}

/** Ascending copy of durations in a typed array: its sort is numeric and far cheaper than Array's. */
export function sortedDurations(values: readonly number[]): Float64Array {
  return Float64Array.from(values).sort();
}

/** Nearest-rank percentile (`p` in 0..1) of an ascending array; `null` when empty. */
export function nearestRank(sorted: Float64Array, p: number): number | null {
  if (sorted.length === 0) return null;
  const rank = Math.max(1, Math.ceil(p * sorted.length));
  return sorted[Math.min(sorted.length, rank) - 1] ?? null;
}

/** The median of an ascending array: the mean of the two middle values for an even count. */
export function median(sorted: Float64Array): number | null {
  const n = sorted.length;
  if (n === 0) return null;
  const mid = n >> 1;
  return n % 2 === 1 ? (sorted[mid] ?? null) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

/** Mean of durations in ms; `null` when empty. */
export function mean(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  let sum = 0;
  for (const value of values) sum += value;
  return sum / values.length;
}

/** Count, average, median and nearest-rank 90th percentile of durations (ms) in minutes. */
export function durationStats(values: readonly number[]): DurationStats {
  const sorted = sortedDurations(values);
  return {
    count: values.length,
    avgMin: toMinutes(mean(values)),
    medianMin: toMinutes(median(sorted)),
    p90Min: toMinutes(nearestRank(sorted, 0.9)),
  };
}
