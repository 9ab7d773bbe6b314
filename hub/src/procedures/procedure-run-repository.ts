/** What a run produced. */
export type RunResult = { kind: 'expediente' | 'receipt' | 'record'; ref: string };

/**
 * One procedure run at a window, as the ledger keeps it for the reports (issue 7): which
 * attention, which procedure, what it produced and what it cost. Applicant data is not here: it
 * stays with the expediente (or the tax ledger's receipt).
 */
export type NewProcedureRun = {
  /**
   * What makes a retry the same run: `<command>:<actor>:<requestId>`, or `tax:pay:<paymentId>`.
   * A second run with the same key is never written.
   */
  requestKey: string;
  /** The socket command (`procedure:intake`, `tax:pay`, …). */
  command: string;
  at: number;
  officeDay: string;
  ticketId: string | null;
  serviceId: string | null;
  procedureId: string | null;
  /** The procedure's kind (`document-intake`, `tax-payment`, …). */
  kind: string;
  by: string;
  windowId: string | null;
  /**
   * What it produced: an expediente, a receipt, a record (a certified copy's registration, whose
   * reference is made from the run's own row id, hence the function).
   */
  result: RunResult | ((id: number) => RunResult) | null;
  /** A short line for the reports (`issued`, `not-found`, `bajo`, …), never personal data. */
  summary: string;
  /** What the citizen was charged, in céntimos (0 when free). */
  fee: number;
};

/** A run as the ledger returns it. */
export type StoredProcedureRun = Omit<NewProcedureRun, 'result'> & {
  id: number;
  result: RunResult | null;
};

/** A tax payment as the hub records it, beside the tax ledger's own record. */
export type TaxPaymentRecord = {
  receiptNumber: string;
  paymentId: string;
  at: number;
  officeDay: string;
  taxpayerCode: string;
  total: number;
  method: string;
  reference: string | null;
  by: string;
  windowId: string | null;
  ticketId: string | null;
};

/** The procedure part of the ledger (same database, same durability). */
export type ProcedureRunRepository = {
  /** The answer remembered for a run, or undefined when no run has this key. */
  findResponse(requestKey: string): unknown;
  /**
   * Writes a run; `respond` builds the answer to remember from the run's row id (which numbers
   * the records of certified copies). Returns that answer.
   */
  record<T>(run: NewProcedureRun, respond: (id: number) => T): T;
  /** Replaces the remembered answer (once the print outcome is known). */
  updateResponse(requestKey: string, response: unknown): void;
  /** Records a tax payment once per receipt; a second call for the same receipt changes nothing. */
  recordTaxPayment(payment: TaxPaymentRecord): void;
  /** Runs `work` in one transaction (nested calls become savepoints). */
  atomically<T>(work: () => T): T;
  /** Runs of one ticket, oldest first (for tests and reports). */
  runsOfTicket(ticketId: string): StoredProcedureRun[];
  /** The hub's record of one payment, if any. */
  taxPayment(receiptNumber: string): TaxPaymentRecord | null;
  /** How many payments the hub recorded with this payment id (0 or 1). */
  countTaxPayments(paymentId: string): number;
};
