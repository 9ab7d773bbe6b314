import { validateDni, validateRuc } from '@cac/shared/domain';
import type { IdentityCheck } from '@cac/shared/domain';
import type { Result } from '@cac/shared/protocol';
import { err, ok } from '@cac/shared/protocol';
import type { DebtQuery, TaxProblem } from './tax-ledger';

/** A taxpayer code as the municipality writes it: letters, digits and hyphens. */
const TAXPAYER_CODE = /^[A-Z0-9][A-Z0-9-]{0,19}$/;
/** Peruvian plates: `ABC-123`, `A1B-234`, motorcycles `1234-AB`; stored without the hyphen. */
const PLATE = /^[A-Z0-9]{5,7}$/;

/** A RUC when it has 11 digits, otherwise a DNI (with or without its check character). */
export function validateDocument(text: string): IdentityCheck {
  const trimmed = text.trim();
  return /^\d{11}$/.test(trimmed) ? validateRuc(trimmed) : validateDni(trimmed);
}

/** A plate without spaces or hyphens, upper case (`abc 123` → `ABC123`). */
export function normalizePlate(plate: string): string {
  return plate.toUpperCase().replace(/[\s-]/g, '');
}

/** The query in the form the ledger stores, or which field is wrong. */
export function normalizeDebtQuery(query: DebtQuery): Result<DebtQuery, TaxProblem> {
  switch (query.by) {
    case 'taxpayer': {
      const code = query.code.trim().toUpperCase();
      return TAXPAYER_CODE.test(code)
        ? ok({ by: 'taxpayer', code })
        : err({ code: 'TAX_QUERY_INVALID', field: 'code' });
    }
    case 'document': {
      const text = query.document.trim();
      const check = validateDocument(text);
      return check.valid
        ? ok({ by: 'document', document: check.normalized })
        : err({ code: 'TAX_QUERY_INVALID', field: 'document' });
    }
    case 'plate': {
      const plate = normalizePlate(query.plate);
      return PLATE.test(plate)
        ? ok({ by: 'plate', plate })
        : err({ code: 'TAX_QUERY_INVALID', field: 'plate' });
    }
  }
}
