import type { AppError } from '@cac/shared/protocol';
import { appError } from '../errors/app-errors';
import type { TaxProblem } from '../tax/tax-ledger';

/** A tax ledger refusal as a coded, Spanish error (its detail for programs too). */
export function taxError(problem: TaxProblem): AppError {
  switch (problem.code) {
    case 'TAX_QUERY_INVALID':
      return appError(problem.code, {}, { field: problem.field });
    case 'TAX_DEBT_NOT_FOUND':
      return appError(problem.code, { debtId: problem.debtId }, { debtId: problem.debtId });
    case 'TAX_DEBT_ALREADY_PAID':
      return appError(
        problem.code,
        { debtId: problem.debtId, receiptNumber: problem.receiptNumber },
        { debtId: problem.debtId, receiptNumber: problem.receiptNumber },
      );
    case 'TAX_PAYMENT_ID_REUSED':
      return appError(
        problem.code,
        { receiptNumber: problem.receiptNumber },
        { receiptNumber: problem.receiptNumber },
      );
    default:
      return appError(problem.code);
  }
}
