import type { IdentityCheck } from './identity-check';

// RENIEC's check-character algorithm, as published with test vectors (reference: peru-cac.md).
const WEIGHTS = [3, 2, 7, 6, 5, 4, 3, 2] as const;
const DIGIT_CHECKS = '65432110987';
const LETTER_CHECKS = 'KJIHGFEDCBA';

const EIGHT_DIGITS = /^\d{8}$/;
// Spaces around the hyphen are tolerated because people copy the number from printed cards.
const DNI_INPUT = /^(\d{8})(?:\s*-\s*([0-9A-Za-z]))?$/;

/**
 * The two equivalent check characters of a DNI: the digit and the letter printed after the hyphen.
 *
 * @param eightDigits - exactly 8 ASCII digits (leading zeros kept: `06009893`).
 * @throws RangeError when the input is not 8 digits; validate people's input with {@link validateDni}.
 */
export function dniCheckCharacters(eightDigits: string): { digit: string; letter: string } {
  if (!EIGHT_DIGITS.test(eightDigits)) {
    throw new RangeError(`A DNI has 8 digits, got "${eightDigits}"`);
  }
  let sum = 0;
  WEIGHTS.forEach((weight, index) => {
    sum += weight * Number(eightDigits[index]);
  });
  const c = sum % 11;
  return { digit: DIGIT_CHECKS.charAt(c), letter: LETTER_CHECKS.charAt(c) };
}

/**
 * Checks a DNI typed as `12345678` or `12345678-X`, where X is the digit or the letter check
 * (either case). Surrounding spaces are ignored.
 *
 * `normalized` is the 8 digits alone: the check character is derived from them, so storing it
 * would only add a way to disagree.
 */
export function validateDni(input: string): IdentityCheck {
  const match = DNI_INPUT.exec(input.trim());
  const digits = match?.[1];
  if (digits === undefined) return { valid: false, problem: 'DNI_FORMAT' };
  const typedCheck = match?.[2]?.toUpperCase();
  if (typedCheck !== undefined) {
    const { digit, letter } = dniCheckCharacters(digits);
    if (typedCheck !== digit && typedCheck !== letter) {
      return { valid: false, problem: 'DNI_CHECK_MISMATCH' };
    }
  }
  return { valid: true, normalized: digits };
}
