import type { IdentityProblem } from '../domain/identity/identity-check';
import type { Catalog } from './languages';

/** English sentence for each identity-number problem, shown next to the field. */
export const IDENTITY_MESSAGES_EN: Catalog<IdentityProblem> = {
  language: 'en',
  reviewed: false,
  messages: {
    DNI_FORMAT:
      'A DNI has 8 digits, optionally followed by a hyphen and its check character (for example 12345678 or 12345678-1).',
    DNI_CHECK_MISMATCH:
      'The check character does not match this DNI. Please check the number and the character after the hyphen.',
    RUC_FORMAT: 'A RUC has 11 digits.',
    RUC_PREFIX: 'A RUC starts with 10, 15, 16, 17 or 20.',
    RUC_CHECKSUM:
      'The last digit of the RUC does not match the others. Please check that the number was copied correctly.',
    CE_FORMAT:
      'A Carné de Extranjería number has 1 to 12 letters or digits, with no spaces or other signs.',
    CE_UNUSUAL_LENGTH:
      'A Carné de Extranjería number usually has 9 digits. Please check that it was copied correctly.',
  },
};
