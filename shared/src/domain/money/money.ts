import { err, ok } from '../../protocol/result';
import { readUnsignedDecimal } from './decimal-text';
import type { MoneyResult } from './money-problem';

/** An amount of money in céntimos of sol, always an integer: S/ 11.00 is `1100`. */
export type Centimos = number;

/** Locales in which the suite writes amounts. */
export type SolesLocale = 'es-PE' | 'en-PE';

// Peru writes soles the same way in Spanish and English (CLDR es-PE: S/ 1,263.20). The table keeps
// call sites explicit and lets a locale with other separators be added without touching them.
// Intl is not used because its output varies with the ICU version of old kiosk browsers.
const SEPARATORS: Readonly<Record<SolesLocale, { group: string; decimal: string }>> = {
  'es-PE': { group: ',', decimal: '.' },
  'en-PE': { group: ',', decimal: '.' },
};

const CENTIMOS_PER_SOL = 100;
const CURRENCY_PREFIX = /^S\/\.?\s*/i;
const MINUS = /^[-−]\s*/;
// Thousands, when used, must be well-formed groups of three: `1,263.20` yes, `1,26.20` no.
const AMOUNT = /^(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?$/;

/**
 * Writes an amount as people read it in Peru: `S/ ` + thousands separated by commas + a point and
 * two decimals (`550000` → `S/ 5,500.00`). Negative amounts (refunds) start with `-`.
 *
 * @throws RangeError when `centimos` is not a safe integer: a fractional céntimo is a bug upstream.
 */
export function formatSoles(centimos: Centimos, locale: SolesLocale = 'es-PE'): string {
  if (!Number.isSafeInteger(centimos)) {
    throw new RangeError(`Money is kept in whole céntimos, got ${centimos}`);
  }
  const { group, decimal } = SEPARATORS[locale];
  const sign = centimos < 0 ? '-' : '';
  const magnitude = Math.abs(centimos);
  const cents = magnitude % CENTIMOS_PER_SOL;
  // Exact: subtracting the remainder leaves a multiple of 100.
  const soles = (magnitude - cents) / CENTIMOS_PER_SOL;
  const grouped = String(soles).replace(/\B(?=(\d{3})+(?!\d))/g, group);
  return `${sign}S/ ${grouped}${decimal}${String(cents).padStart(2, '0')}`;
}

/**
 * Reads an amount typed by a person into céntimos, digit by digit (never through floats).
 * Accepts `11`, `11.5`, `11.50`, `S/ 11.50`, `S/11.50`, the older `S/. 11.50`, and thousands
 * with commas (`1,263.20`); surrounding spaces are ignored. Rejects empty text (`MONEY_EMPTY`),
 * negative amounts (`MONEY_NEGATIVE`), more than two decimals (`MONEY_TOO_MANY_DECIMALS`, which
 * also keeps `1.234` from being misread as a thousand), amounts beyond what a number holds exactly
 * (`MONEY_TOO_LARGE`) and everything else, including a decimal comma `11,50` (`MONEY_FORMAT`).
 */
export function parseSoles(text: string): MoneyResult<Centimos> {
  let rest = text.trim();
  if (rest === '') return err({ problem: 'MONEY_EMPTY' });
  // The minus may come before or after the currency sign: `-S/ 5` and `S/ -5`.
  let negative = MINUS.test(rest);
  rest = rest.replace(MINUS, '').replace(CURRENCY_PREFIX, '');
  if (MINUS.test(rest)) {
    negative = true;
    rest = rest.replace(MINUS, '');
  }
  const match = AMOUNT.exec(rest);
  const integer = match?.[1];
  if (integer === undefined) return err({ problem: 'MONEY_FORMAT' });
  if (negative) return err({ problem: 'MONEY_NEGATIVE' });
  const decimal = readUnsignedDecimal(integer.replaceAll(',', '') + (match?.[2] ?? ''));
  if (decimal === undefined) return err({ problem: 'MONEY_FORMAT' });
  if (decimal.scale > 2) return err({ problem: 'MONEY_TOO_MANY_DECIMALS' });
  const centimos = decimal.units * 10n ** BigInt(2 - decimal.scale);
  if (centimos > BigInt(Number.MAX_SAFE_INTEGER)) return err({ problem: 'MONEY_TOO_LARGE' });
  return ok(Number(centimos));
}
