import type { Result } from '@cac/shared/protocol';

// The procedure commands of issue 6, as agreed with the hub (the contract of the `/counter`
// namespace). The types are declared here, mirroring the contract, until the protocol exports its
// own; then they are replaced by imports and `hub-procedure-port.ts` adapts the hub client.

/** A date on the office's calendar, `YYYY-MM-DD`. */
export type CivilDateText = string;

/** Money in integer céntimos. */
export type CentimosAmount = number;

/** Identity documents of a natural person. */
export type PersonDocumentType = 'dni' | 'ce' | 'pasaporte';

/** A natural person applying or requesting. */
export type PersonApplicant = {
  kind: 'person';
  documentType: PersonDocumentType;
  document: string;
  names: string;
};

/** A legal entity, with its legal representative. */
export type CompanyApplicant = {
  kind: 'company';
  ruc: string;
  businessName: string;
  representative: { dni: string; names: string };
};

/** Who files a procedure. */
export type Applicant = PersonApplicant | CompanyApplicant;

/** What the attention produced, linked from the finished ticket. */
export type ResultLink = { kind: 'expediente' | 'receipt' | 'record'; ref: string };

/** The window's printer's answer: printed, or why not (`null`: nothing was sent to print). */
export type PrintOutcome =
  | { ticketId: string; number: string; ok: true }
  | { ticketId: string; number: string; ok: false; code: string; message: string };

/** The result of an acta copy: issued with its receipt, or the acta was not found. */
export type ActaCopyResult = { kind: 'issued'; receiptNumber: string } | { kind: 'not-found' };

/** `procedure:acta-copy`. */
export type ActaCopyInput = {
  ticketId: string;
  procedureId: string;
  requestId: string;
  registered: {
    names: string;
    date?: CivilDateText;
    actaNumber?: string;
    book?: string;
    folio?: string;
  };
  requester: PersonApplicant;
  /** The first certified copy of a birth acta (Ley 29462): only for actaType 'nacimiento'. */
  firstBirthCopyFree: boolean;
  result: ActaCopyResult;
};

/** What `procedure:acta-copy` answers. */
export type ActaCopyOutput = { recordId: string; fee: CentimosAmount; result: ActaCopyResult };

/** Risk levels of a business (Ley 28976). */
export type RiskLevel = 'bajo' | 'medio' | 'alto' | 'muy-alto';

/** ITSE after the licence (bajo, medio) or before it (alto, muy alto). */
export type ItseTiming = 'after' | 'before';

/** An expediente as it was just created. */
export type ExpedienteIssued = {
  /** `EXP-2026-000123`. */
  number: string;
  /** `Expediente N° 000123-2026-MPC`. */
  documentTitle: string;
  accessKey: string;
  dueOn: CivilDateText | null;
  /** The last day to fix an observation made at intake (2 working days), or null. */
  observationDeadline: CivilDateText | null;
  lookupUrl: string;
};

/** `procedure:licence`. */
export type LicenceInput = {
  ticketId: string;
  procedureId: string;
  requestId: string;
  applicant: Applicant;
  tradeName: string;
  address: string;
  activity: string;
  areaM2: number;
  riskLevel: RiskLevel;
  requirementsChecked: string[];
  observation?: string;
};

/** What `procedure:licence` answers. */
export type LicenceOutput = {
  expediente: ExpedienteIssued;
  fee: CentimosAmount;
  itse: ItseTiming;
  timeLimitWorkingDays: number;
  printed: PrintOutcome | null;
};

/** `procedure:intake`. */
export type IntakeInput = {
  ticketId: string;
  procedureId: string;
  requestId: string;
  applicant: Applicant;
  documentType: string;
  subject: string;
  folios: number;
  destinationOffice: string;
  observation?: string;
};

/** What `procedure:intake` answers (the cargo printed on the window's printer). */
export type IntakeOutput = { expediente: ExpedienteIssued; printed: PrintOutcome | null };

/** How a taxpayer's debts are looked up. */
export type DebtLookupBy = 'taxpayer' | 'document' | 'plate';

/** `tax:find`. */
export type FindDebtsInput = { by: DebtLookupBy; value: string };

/** A debt as the tax ledger lists it. */
export type TaxDebtView = {
  id: string;
  kind: 'predial' | 'arbitrios' | 'papeleta';
  taxpayerCode: string;
  taxpayerName: string;
  concept: string;
  period: string;
  amount: CentimosAmount;
  dueOn: CivilDateText | null;
  papeleta: {
    infractionCode: string;
    imposedOn: CivilDateText;
    notifiedOn: CivilDateText | null;
  } | null;
};

/** What `tax:find` answers. */
export type FindDebtsOutput = { debts: readonly TaxDebtView[] };

/** `tax:quote`. */
export type QuoteDebtsInput = { debtIds: string[] };

/** Why a papeleta has (or has not) a discount today. */
export type DiscountReason = 'early' | 'before-notification' | 'excluded' | 'notified';

/** What one debt costs if paid today. */
export type DebtQuote = {
  debtId: string;
  amount: CentimosAmount;
  discountPercent: number;
  discount: CentimosAmount;
  toPay: CentimosAmount;
  discountReason: DiscountReason | null;
};

/** What `tax:quote` answers. */
export type QuoteDebtsOutput = { quotes: readonly DebtQuote[]; total: CentimosAmount };

/** How the citizen pays. */
export type PaymentMethod = 'efectivo' | 'tarjeta' | 'transferencia' | 'yape';

/** `tax:pay`: the same `paymentId` again returns the first receipt (never pays twice). */
export type PayInput = {
  ticketId?: string;
  paymentId: string;
  debtIds: string[];
  method: PaymentMethod;
  reference?: string;
};

/** One line of a tax receipt. */
export type ReceiptLine = {
  debtId: string;
  concept: string;
  amount: CentimosAmount;
  discount: CentimosAmount;
  toPay: CentimosAmount;
};

/** A tax receipt (the fields the panel shows; the hub's receipt carries more). */
export type TaxReceipt = {
  receiptNumber: string;
  total: CentimosAmount;
  lines: readonly ReceiptLine[];
  method: PaymentMethod;
  reference: string | null;
};

/** What `tax:pay` answers. */
export type PayOutput = { receipt: TaxReceipt; printed: PrintOutcome | null };

/** `document:reprint`. */
export type ReprintInput = { kind: 'cargo' | 'receipt'; ref: string };

/** What `document:reprint` answers. */
export type ReprintOutput = { printed: PrintOutcome | null };

/** A refusal: a stable code and the hub's Spanish sentence. */
export type ProcedureError = { code: string; message: string };

/** The answer of a procedure command. Never rejects: a lost connection is an error too. */
export type PortAnswer<T> = Promise<Result<T, ProcedureError>>;

/**
 * The procedure commands the counter's panels send, one method per command of the contract. The
 * panels receive it through React context (`ProcedurePortProvider`); the hub's adapter and the
 * tests' fake implement it.
 */
export type ProcedurePort = {
  /** `procedure:acta-copy`. */
  actaCopy(input: ActaCopyInput): PortAnswer<ActaCopyOutput>;
  /** `procedure:licence`. */
  licence(input: LicenceInput): PortAnswer<LicenceOutput>;
  /** `procedure:intake`. */
  intake(input: IntakeInput): PortAnswer<IntakeOutput>;
  /** `tax:find`. */
  findDebts(input: FindDebtsInput): PortAnswer<FindDebtsOutput>;
  /** `tax:quote`. */
  quoteDebts(input: QuoteDebtsInput): PortAnswer<QuoteDebtsOutput>;
  /** `tax:pay`. */
  pay(input: PayInput): PortAnswer<PayOutput>;
  /** `document:reprint`. */
  reprint(input: ReprintInput): PortAnswer<ReprintOutput>;
};
