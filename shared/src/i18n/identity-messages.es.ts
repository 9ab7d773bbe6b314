import type { IdentityProblem } from '../domain/identity/identity-check';
import type { Catalog } from './languages';

/** Spanish sentence for each identity-number problem, shown next to the field. */
export const IDENTITY_MESSAGES_ES: Catalog<IdentityProblem> = {
  language: 'es',
  reviewed: false,
  messages: {
    DNI_FORMAT:
      'El DNI debe tener 8 dígitos; si lo desea, agregue un guion y el carácter de verificación (por ejemplo 12345678 o 12345678-1).',
    DNI_CHECK_MISMATCH:
      'El dígito de verificación no corresponde a este DNI. Revise el número y el carácter que va después del guion.',
    RUC_FORMAT: 'El RUC debe tener 11 dígitos.',
    RUC_PREFIX: 'El RUC debe empezar con 10, 15, 16, 17 o 20.',
    RUC_CHECKSUM:
      'El último dígito del RUC no corresponde a los anteriores. Revise que el número esté bien copiado.',
    CE_FORMAT:
      'El carné de extranjería debe tener de 1 a 12 letras o números, sin espacios ni otros signos.',
    CE_UNUSUAL_LENGTH:
      'El carné de extranjería suele tener 9 dígitos. Revise que el número esté bien copiado.',
  },
};
