import type { CivilDate } from '@cac/shared/domain';
import type { Result } from '@cac/shared/protocol';

// The connector between the counter's Tributos panel and whoever keeps the municipality's tax
// accounts. The embedded default (`local-tax-ledger.ts`) keeps demo or CSV-imported debts in the
// data folder; a real SAT connector implements the same four calls over the SAT's own service
// (see hub/README.md, "Tax ledger connector"). Amounts are integer céntimos, dates office-local.

/** What a debt is for. */
export const DEBT_KINDS = ['predial', 'arbitrios', 'papeleta'] as const;

/** One of {@link DEBT_KINDS}. */
export type DebtKind = (typeof DEBT_KINDS)[number];

/** A traffic fine's dates and infraction, which decide its discount. */
export type PapeletaFacts = {
  infractionCode: string;
  imposedOn: CivilDate;
  notifiedOn: CivilDate | null;
};

/** One unpaid item of a taxpayer's account. */
export type TaxDebt = {
  /** Stable across imports: `<kind>:<taxpayerCode>:<period>`. */
  id: string;
  kind: DebtKind;
  taxpayerCode: string;
  taxpayerName: string;
  /** DNI or RUC of the taxpayer, when known. */
  document: string | null;
  /** Vehicle plate (papeletas), normalized `ABC123`. */
  plate: string | null;
  /** What the receipt says: "Impuesto predial 2026 – cuota 4". */
  concept: string;
  /** Instalment (`2026-4`), month (`2026-11`) or the papeleta's number. */
  period: string;
  amount: number;
  dueOn: CivilDate | null;
  papeleta: PapeletaFacts | null;
};

/** How a citizen identifies the account at the window. */
export type DebtQuery =
  | { by: 'taxpayer'; code: string }
  | { by: 'document'; document: string }
  | { by: 'plate'; plate: string };

/** Ways to pay at the window. */
export const PAYMENT_METHODS = ['efectivo', 'tarjeta', 'transferencia', 'yape'] as const;

/** One of {@link PAYMENT_METHODS}. */
export type PaymentMethod = (typeof PAYMENT_METHODS)[number];

/** What one item costs if paid on a given day. */
export type DebtQuote = {
  debtId: string;
  amount: number;
  discountPercent: number;
  discount: number;
  toPay: number;
  /** Why that discount (papeletas): early, before-notification, excluded, notified. */
  discountReason: string | null;
};

/** A payment the clerk registers. */
export type PaymentRequest = {
  /**
   * Made once by the counter when the clerk opens the payment form; a double click or a retry
   * sends the same id, and the ledger answers with the first receipt instead of charging again.
   */
  paymentId: string;
  debtIds: readonly string[];
  method: PaymentMethod;
  /** Card voucher, transfer or Yape operation number; required except for cash. */
  reference: string | null;
  paidOn: CivilDate;
  at: number;
  /** The clerk's user id and window. */
  by: string;
  windowId: string | null;
};

/** The proof of a payment (printed at the window). */
export type TaxReceipt = {
  /** `REC-2026-000045`, a yearly sequence. */
  receiptNumber: string;
  paymentId: string;
  at: number;
  paidOn: CivilDate;
  method: PaymentMethod;
  reference: string | null;
  taxpayerCode: string;
  taxpayerName: string;
  lines: readonly (DebtQuote & { concept: string })[];
  total: number;
  by: string;
  windowId: string | null;
};

/** Why a lookup or a payment was refused. */
export type TaxProblem =
  | { code: 'TAX_QUERY_INVALID'; field: 'code' | 'document' | 'plate' }
  | { code: 'TAX_DEBT_NOT_FOUND'; debtId: string }
  | { code: 'TAX_DEBT_ALREADY_PAID'; debtId: string; receiptNumber: string }
  | { code: 'TAX_DEBTS_OF_SEVERAL_TAXPAYERS' }
  | { code: 'TAX_NOTHING_TO_PAY' }
  | { code: 'TAX_REFERENCE_REQUIRED' }
  | { code: 'TAX_PAYMENT_ID_REUSED'; receiptNumber: string }
  | { code: 'TAX_LEDGER_UNAVAILABLE' };

/** The connector. Every call may be remote: all are async and never throw for a refusal. */
export type TaxLedger = {
  /** Unpaid debts of the account the query names, oldest first. */
  findDebts(query: DebtQuery): Promise<Result<readonly TaxDebt[], TaxProblem>>;
  /** What the given debts cost if paid on `paidOn` (discounts applied). */
  quote(debtIds: readonly string[], paidOn: CivilDate): Promise<Result<DebtQuote[], TaxProblem>>;
  /** Registers a payment once: the same `paymentId` again returns the first receipt. */
  pay(request: PaymentRequest): Promise<Result<TaxReceipt, TaxProblem>>;
  /** A receipt by number, for reprinting. */
  receipt(receiptNumber: string): Promise<TaxReceipt | null>;
};
