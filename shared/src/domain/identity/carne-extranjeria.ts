import type { IdentityCheck } from './identity-check';

// Migraciones issues 9-digit cards, but SUNAT accepts up to 12 alphanumerics (older and special
// documents), so anything in that range is stored and only an unusual shape is flagged.
const STORABLE = /^[A-Z0-9]{1,12}$/;
const USUAL = /^\d{9}$/;

/**
 * Checks a Carné de Extranjería number. It has no check digit. Surrounding spaces are ignored and
 * letters are upper-cased. Up to 12 letters and digits are valid; anything other than exactly
 * 9 digits comes back valid with the warning `CE_UNUSUAL_LENGTH` (for a clerk to double-check),
 * never rejected.
 */
export function validateCarneExtranjeria(input: string): IdentityCheck {
  const normalized = input.trim().toUpperCase();
  if (!STORABLE.test(normalized)) return { valid: false, problem: 'CE_FORMAT' };
  if (!USUAL.test(normalized)) return { valid: true, normalized, warning: 'CE_UNUSUAL_LENGTH' };
  return { valid: true, normalized };
}
