import { err, ok } from '../../protocol/result';
import type { ScaledDecimal } from './decimal-text';
import { readUnsignedDecimal } from './decimal-text';
import type { Centimos } from './money';
import type { MoneyResult } from './money-problem';

/**
 * The Unidad Impositiva Tributaria of each year, in céntimos. TUPA fees are written as a
 * percentage of the UIT, so the office configuration keeps this table and the percentages.
 */
export type UitTable = Readonly<Record<number, Centimos>>;

/**
 * UIT values published by the MEF (2026: DS 301-2025-EF). A starting point for the office
 * configuration, where an administrator adds each new year; code should receive the configured
 * table, not reach for this constant.
 */
export const DEFAULT_UIT_TABLE: UitTable = Object.freeze({
  2024: 515_000,
  2025: 535_000,
  2026: 550_000,
});

/**
 * A percentage of the UIT as written in a TUPA: `4.68` or `'4.68'` (a trailing `%` is allowed in
 * text).
 */
export type UitPercent = number | string;

/**
 * The UIT of a year. A year missing from the table is a `UIT_YEAR_MISSING` problem, never a
 * fallback to another year: charging last year's fee silently would be wrong for every citizen.
 * A value that is not a whole, non-negative number of céntimos is `UIT_INVALID`.
 */
export function uitFor(year: number, table: UitTable): MoneyResult<Centimos> {
  if (!Number.isInteger(year) || !Object.hasOwn(table, year)) {
    return err({ problem: 'UIT_YEAR_MISSING', params: { year } });
  }
  const uit = table[year];
  if (uit === undefined || !Number.isSafeInteger(uit) || uit < 0) {
    return err({ problem: 'UIT_INVALID', params: { year } });
  }
  return ok(uit);
}

/**
 * The fee that is `percent` % of the UIT of `year`, in céntimos, rounded once at the end to the
 * céntimo, half up (4.68 % of 2024's S/ 5,150 is S/ 241.02; 18.09 % is S/ 931.635 → S/ 931.64).
 *
 * Why no float math: the percentage is read from its decimal text (for a number, `String(4.68)` is
 * `"4.68"`, the shortest text that round-trips, i.e. what was written) into an exact integer and a
 * scale, and the product is computed with bigint, so every figure of a TUPA comes out exact
 * whatever its number of decimals. Numbers so small that JavaScript writes them with an exponent
 * (below 0.000001 %) are refused as `PERCENT_FORMAT`.
 */
export function feeFromUitPercent(
  percent: UitPercent,
  year: number,
  table: UitTable,
): MoneyResult<Centimos> {
  const scaled = readPercent(percent);
  if (!scaled.ok) return scaled;
  const uit = uitFor(year, table);
  if (!uit.ok) return uit;
  // fee = uit × units / (100 × 10^scale); half up for non-negative values is floor((2n + d) / 2d).
  const numerator = BigInt(uit.value) * scaled.value.units;
  const denominator = 100n * 10n ** BigInt(scaled.value.scale);
  const fee = (2n * numerator + denominator) / (2n * denominator);
  if (fee > BigInt(Number.MAX_SAFE_INTEGER)) return err({ problem: 'MONEY_TOO_LARGE' });
  return ok(Number(fee));
}

function readPercent(percent: UitPercent): MoneyResult<ScaledDecimal> {
  if (typeof percent === 'number' && !Number.isFinite(percent)) {
    return err({ problem: 'PERCENT_FORMAT' });
  }
  const text = String(percent).trim().replace(/\s*%$/, '');
  if (/^[-−]/.test(text)) return err({ problem: 'PERCENT_NEGATIVE' });
  const scaled = readUnsignedDecimal(text);
  return scaled ? ok(scaled) : err({ problem: 'PERCENT_FORMAT' });
}
