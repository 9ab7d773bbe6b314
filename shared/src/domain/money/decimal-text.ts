const UNSIGNED_DECIMAL = /^(\d+)(?:\.(\d+))?$/;

/**
 * A non-negative decimal number read exactly from its text: `value = units / 10^scale`
 * (`"4.68"` → `{ units: 468n, scale: 2 }`). Money code multiplies these integers instead of floats,
 * where `1.15 * 100` is `114.99999999999999`.
 */
export type ScaledDecimal = { units: bigint; scale: number };

/**
 * Reads `123`, `123.4`, `0.0468` (digits, an optional point and at least one fraction digit) into a
 * {@link ScaledDecimal}; anything else (signs, separators, exponents, spaces) gives `undefined`,
 * so each caller decides which problem to report.
 */
export function readUnsignedDecimal(text: string): ScaledDecimal | undefined {
  const match = UNSIGNED_DECIMAL.exec(text);
  const integer = match?.[1];
  if (integer === undefined) return undefined;
  const fraction = match?.[2] ?? '';
  return { units: BigInt(integer + fraction), scale: fraction.length };
}
