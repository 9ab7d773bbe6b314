import { officeDayOf, readTypedExpedienteNumber } from '@cac/shared/domain';
import type { ExpedienteNumber } from '@cac/shared/domain';
import { EXPEDIENTE_ACCESS_KEY_DIGITS } from '@cac/shared/protocol';

// What the citizen types on the lookup keypad, and how it is shown: the way the cargo prints it,
// so that the screen and the paper in their hand look alike digit for digit.

/** The sequence of an expediente number has up to 6 digits (`000123`). */
export const SEQUENCE_DIGITS = 6;

/** The access key has 8 digits, printed in two groups of 4 (`4821-0937`). */
export const KEY_DIGITS = EXPEDIENTE_ACCESS_KEY_DIGITS;

/** The years offered as buttons: this one and the three before it. */
const YEARS_OFFERED = 4;

/** What the citizen has typed so far. */
export type LookupEntry = {
  /** Digits of the sequence as typed, leading zeros included (`123` or `000123`). */
  digits: string;
  year: number;
  /** Digits of the access key, without the hyphen. */
  key: string;
};

/** The office's current year (America/Lima), by the hub's clock. */
export function officeYear(now: number, timeZone: string): number {
  return Number(officeDayOf(now, timeZone).slice(0, 4));
}

/** The years a citizen may choose, newest first: most expedientes followed are recent. */
export function offeredYears(currentYear: number): number[] {
  return Array.from({ length: YEARS_OFFERED }, (_, index) => currentYear - index);
}

/** The expediente the digits and the year name, or null while they name none (e.g. `0`). */
export function enteredNumber(
  entry: Pick<LookupEntry, 'digits' | 'year'>,
): ExpedienteNumber | null {
  if (!/^\d{1,6}$/.test(entry.digits)) return null;
  return readTypedExpedienteNumber(`${entry.digits}-${entry.year}`);
}

/**
 * The sequence as printed (`000123`), split into the zeros the screen adds (`000`, shown pale)
 * and what was typed (`123`): a citizen who typed `123` and one who typed `000123` both see
 * their cargo's number.
 */
export function paddedSequence(digits: string): { padding: string; typed: string } {
  const typed = digits.length > SEQUENCE_DIGITS ? digits.slice(-SEQUENCE_DIGITS) : digits;
  return { padding: '0'.repeat(SEQUENCE_DIGITS - typed.length), typed };
}

/** `Expediente N° 000123-2026`, as the cargo prints it (without its unit suffix). */
export function printedNumber(prefix: string, digits: string, year: number): string {
  const { padding, typed } = paddedSequence(digits);
  return `${prefix} ${padding}${typed}-${year}`;
}

/** The key grouped as printed (`4821-0937`); a partial key as far as it goes (`4821-09`). */
export function groupedKey(key: string): string {
  return key.length > 4 ? `${key.slice(0, 4)}-${key.slice(4)}` : key;
}

/**
 * The slots still to fill after a partial key, with the hyphen where the cargo has it:
 * `482` → `_-____`. Shown pale after what was typed, so the citizen sees how many remain.
 */
export function missingKeySlots(key: string): string {
  const slots = '____-____';
  return slots.slice(key.length > 4 ? key.length + 1 : key.length);
}
