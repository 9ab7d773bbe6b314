import { validateDni } from './dni';
import type { IdentityCheck } from './identity-check';

// SUNAT's mod-11 check over the first ten digits (reference: peru-cac.md).
const WEIGHTS = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2] as const;
// 10 is a natural person with a DNI and 20 a legal entity; 15, 16 and 17 are other taxpayers.
const PREFIXES = ['10', '15', '16', '17', '20'] as const;
/** The prefix of a natural person's RUC, which is followed by their DNI. */
const NATURAL_PERSON_PREFIX = '10';

const TEN_DIGITS = /^\d{10}$/;
const ELEVEN_DIGITS = /^\d{11}$/;

/**
 * The check digit (last digit) of a RUC whose first ten digits are given.
 *
 * @throws RangeError when the input is not 10 digits; validate people's input with {@link validateRuc}.
 */
export function rucCheckDigit(tenDigits: string): string {
  if (!TEN_DIGITS.test(tenDigits)) {
    throw new RangeError(`The body of a RUC has 10 digits, got "${tenDigits}"`);
  }
  let sum = 0;
  WEIGHTS.forEach((weight, index) => {
    sum += weight * Number(tenDigits[index]);
  });
  return String((11 - (sum % 11)) % 10);
}

/**
 * Checks a RUC: 11 digits, a known prefix, and the check digit. Surrounding spaces are ignored.
 * The prefix is checked before the checksum so that a number of the wrong kind is named as such.
 */
export function validateRuc(input: string): IdentityCheck {
  const ruc = input.trim();
  if (!ELEVEN_DIGITS.test(ruc)) return { valid: false, problem: 'RUC_FORMAT' };
  if (!PREFIXES.some((prefix) => ruc.startsWith(prefix))) {
    return { valid: false, problem: 'RUC_PREFIX' };
  }
  if (rucCheckDigit(ruc.slice(0, 10)) !== ruc.charAt(10)) {
    return { valid: false, problem: 'RUC_CHECKSUM' };
  }
  return { valid: true, normalized: ruc };
}

/**
 * The RUC of a natural person: `10` + DNI + check digit. Accepts the DNI in any form
 * {@link validateDni} accepts and returns its problem when the DNI itself is wrong.
 */
export function rucForDni(dni: string): IdentityCheck {
  const checked = validateDni(dni);
  if (!checked.valid) return checked;
  const body = NATURAL_PERSON_PREFIX + checked.normalized;
  return { valid: true, normalized: body + rucCheckDigit(body) };
}
