import { z } from 'zod';
import type { Role } from '../domain/actor';
import { parseCivilDate } from '../domain/calendar/civil-date';
import type { CivilDate } from '../domain/calendar/civil-date';
import { EXPEDIENTE_RESOLUTIONS, EXPEDIENTE_STATES } from '../domain/expediente/expediente-state';
import type { ExpedienteResolution, ExpedienteState } from '../domain/expediente/expediente-state';
import { validateCarneExtranjeria } from '../domain/identity/carne-extranjeria';
import { validateDni } from '../domain/identity/dni';
import type { IdentityCheck } from '../domain/identity/identity-check';
import { validateRuc } from '../domain/identity/ruc';
import type { Centimos } from '../domain/money/money';
// A leaf catalog (types only besides its strings): the field messages of the identity numbers are
// the very sentences the panels show next to the field, so the protocol speaks them too.
import { IDENTITY_MESSAGES_ES } from '../i18n/identity-messages.es';
import { IdSchema, NoteSchema, RequestIdSchema } from './fields';
import { RISK_LEVELS } from './office-config';
import type { PrintOutcome } from './views';

// The procedure commands of issue 6: what a clerk runs during an attention (certified copy of an
// acta, business licence, document intake, tax payment) and the back office's expediente commands.
// They are not queue commands: they change no ticket, so they do not go through the single
// writer's domain `decide`; the hub validates them against the office's procedure catalog and
// keeps them in its ledger (procedure_runs). Every payload is a strict object with Spanish
// messages, because the clerk reads them next to the field.

// -- field schemas -----------------------------------------------------------------------------

/** `YYYY-MM-DD`, a real calendar day (office-local civil date). */
export const CivilDateSchema = z
  .string({ error: 'La fecha debe ser un texto AAAA-MM-DD.' })
  .refine((text) => parseCivilDate(text) !== null, {
    error: 'La fecha debe ser un día real con la forma AAAA-MM-DD (p. ej. 2026-11-23).',
  });

/** A person's or company's name as written on the document. */
const NamesSchema = z
  .string({ error: 'Escriba los nombres.' })
  .trim()
  .min(2, { error: 'Escriba los nombres completos.' })
  .max(160, { error: 'Los nombres no pueden superar 160 caracteres.' });

/** Free text that must say something (trade name, address, subject…). */
function text(what: string, max: number) {
  return z
    .string({ error: `Escriba ${what}.` })
    .trim()
    .min(1, { error: `Escriba ${what}.` })
    .max(max, { error: `No puede superar ${max} caracteres.` });
}

/** An identity-document text before its own check (which runs in the applicant's refinement). */
const DocumentTextSchema = z
  .string({ error: 'Escriba el número de documento.' })
  .trim()
  .min(1, { error: 'Escriba el número de documento.' })
  .max(20, { error: 'El número de documento no puede superar 20 caracteres.' });

/** Passports: letters and digits, as printed. */
const PASSPORT = /^[A-Za-z0-9]{5,20}$/;

/** The document types a natural person may identify with at the window. */
export const PERSON_DOCUMENT_TYPES = ['dni', 'ce', 'pasaporte'] as const;
/** One of {@link PERSON_DOCUMENT_TYPES}. */
export type PersonDocumentType = (typeof PERSON_DOCUMENT_TYPES)[number];

/**
 * Checks a person's document by its type with the domain's algorithms. A Carné de Extranjería that
 * is not 9 digits comes back valid with a warning (the panel shows it; the hub accepts it).
 */
export function checkPersonDocument(type: PersonDocumentType, document: string): IdentityCheck {
  switch (type) {
    case 'dni':
      return validateDni(document);
    case 'ce':
      return validateCarneExtranjeria(document);
    case 'pasaporte': {
      const normalized = document.trim().toUpperCase();
      return PASSPORT.test(normalized)
        ? { valid: true, normalized }
        : { valid: false, problem: 'CE_FORMAT' };
    }
  }
}

function addIdentityIssue(
  ctx: z.RefinementCtx,
  path: (string | number)[],
  check: IdentityCheck,
  passportMessage?: string,
): void {
  if (check.valid) return;
  ctx.addIssue({
    code: 'custom',
    path,
    message: passportMessage ?? IDENTITY_MESSAGES_ES.messages[check.problem],
  });
}

const PersonApplicantSchema = z
  .strictObject({
    kind: z.literal('person'),
    documentType: z.enum(PERSON_DOCUMENT_TYPES, {
      error: 'El tipo de documento es "dni", "ce" (carné de extranjería) o "pasaporte".',
    }),
    document: DocumentTextSchema,
    names: NamesSchema,
  })
  .superRefine((person, ctx) =>
    addIdentityIssue(
      ctx,
      ['document'],
      checkPersonDocument(person.documentType, person.document),
      person.documentType === 'pasaporte'
        ? 'El pasaporte debe tener de 5 a 20 letras o números, sin espacios ni otros signos.'
        : undefined,
    ),
  );

const DniSchema = z
  .string({ error: 'Escriba el DNI.' })
  .trim()
  .superRefine((dni, ctx) => addIdentityIssue(ctx, [], validateDni(dni)));

const CompanyApplicantSchema = z.strictObject({
  kind: z.literal('company'),
  ruc: z
    .string({ error: 'Escriba el RUC.' })
    .trim()
    .superRefine((ruc, ctx) => addIdentityIssue(ctx, [], validateRuc(ruc))),
  businessName: text('la razón social', 200),
  representative: z.strictObject({ dni: DniSchema, names: NamesSchema }),
});

/** Who files or asks: a natural person (DNI, CE or passport) or a legal entity (RUC + representative). */
export const ApplicantSchema = z.discriminatedUnion(
  'kind',
  [PersonApplicantSchema, CompanyApplicantSchema],
  {
    error:
      'El solicitante es una persona ({"kind":"person",…}) o una empresa ({"kind":"company",…}).',
  },
);

/** A validated applicant. */
export type Applicant = z.output<typeof ApplicantSchema>;
/** A natural person applicant. */
export type PersonApplicant = z.output<typeof PersonApplicantSchema>;

const ObservationSchema = z
  .string()
  .trim()
  .max(500, { error: 'La observación no puede superar 500 caracteres.' });

const ReceiptNumberSchema = z
  .string({ error: 'Escriba el número de recibo.' })
  .trim()
  .min(1, { error: 'Escriba el número de recibo.' })
  .max(40, { error: 'El número de recibo no puede superar 40 caracteres.' })
  .regex(/^[A-Za-z0-9][A-Za-z0-9/-]*$/, {
    error: 'El número de recibo solo admite letras, números, - y /.',
  });

/** A payment id made once by the counter when the payment form opens (same rules as requestId). */
const PaymentIdSchema = RequestIdSchema;

const ExpedienteNumberSchema = z
  .string({ error: 'Escriba el número de expediente.' })
  .trim()
  .regex(/^EXP-\d{4}-\d{6}$/, { error: 'El número de expediente tiene la forma EXP-2026-000123.' });

/** Ways to pay at the window. */
export const PAYMENT_METHODS = ['efectivo', 'tarjeta', 'transferencia', 'yape'] as const;
/** One of {@link PAYMENT_METHODS}. */
export type PaymentMethod = (typeof PAYMENT_METHODS)[number];

/** What an attention produced, linked from `ticket:finish` (`result`). */
export const ATTENTION_RESULT_KINDS = ['expediente', 'receipt', 'record'] as const;
/** The link from an attention to what it produced. */
export const AttentionResultSchema = z.strictObject({
  kind: z.enum(ATTENTION_RESULT_KINDS, {
    error: 'El resultado es un "expediente", un "receipt" (recibo) o un "record" (registro).',
  }),
  ref: z
    .string({ error: 'Falta la referencia del resultado.' })
    .trim()
    .min(1, { error: 'Falta la referencia del resultado.' })
    .max(64, { error: 'La referencia del resultado no puede superar 64 caracteres.' }),
});
/** A validated attention result link. */
export type AttentionResult = z.output<typeof AttentionResultSchema>;

// -- payloads ----------------------------------------------------------------------------------

const procedureBase = {
  ticketId: IdSchema,
  procedureId: IdSchema,
  requestId: RequestIdSchema,
};

/**
 * Payload schemas of the procedure commands, keyed by the socket event name (all on `/counter`).
 */
export const PROCEDURE_COMMAND_SCHEMAS = {
  'procedure:acta-copy': z.strictObject({
    ...procedureBase,
    registered: z.strictObject({
      names: NamesSchema,
      date: CivilDateSchema.optional(),
      actaNumber: text('el número de acta', 30).optional(),
      book: text('el libro', 30).optional(),
      folio: text('el folio', 30).optional(),
    }),
    requester: PersonApplicantSchema,
    /** Ley 29462: the first certified copy of a birth acta is free (nacimiento only). */
    firstBirthCopyFree: z.boolean({ error: 'Indique si es la primera copia gratuita (sí o no).' }),
    result: z.discriminatedUnion(
      'kind',
      [
        z.strictObject({ kind: z.literal('issued'), receiptNumber: ReceiptNumberSchema }),
        z.strictObject({ kind: z.literal('not-found') }),
      ],
      {
        error:
          'El resultado es "issued" (copia emitida, con recibo) o "not-found" (acta no encontrada).',
      },
    ),
  }),
  'procedure:licence': z.strictObject({
    ...procedureBase,
    applicant: ApplicantSchema,
    tradeName: text('el nombre comercial', 160),
    address: text('la dirección del local', 200),
    activity: text('la actividad del negocio', 200),
    areaM2: z
      .number({ error: 'El área debe ser un número de metros cuadrados.' })
      .positive({ error: 'El área debe ser mayor que cero.' })
      .max(1_000_000, { error: 'El área no puede superar 1 000 000 m².' }),
    riskLevel: z.enum(RISK_LEVELS, {
      error: 'El nivel de riesgo es "bajo", "medio", "alto" o "muy-alto".',
    }),
    requirementsChecked: z
      .array(text('el requisito', 300), { error: 'Los requisitos revisados son una lista.' })
      .max(50, { error: 'Demasiados requisitos.' }),
    observation: ObservationSchema.optional(),
  }),
  'procedure:intake': z.strictObject({
    ...procedureBase,
    applicant: ApplicantSchema,
    documentType: text('el tipo de documento', 80),
    subject: text('el asunto', 300),
    folios: z
      .number({ error: 'El número de folios debe ser un número entero.' })
      .int({ error: 'El número de folios debe ser un número entero.' })
      .min(1, { error: 'Debe haber al menos 1 folio.' })
      .max(9999, { error: 'El número de folios no puede superar 9999.' }),
    destinationOffice: text('la oficina de destino', 120),
    observation: ObservationSchema.optional(),
  }),
  'tax:find': z.strictObject({
    by: z.enum(['taxpayer', 'document', 'plate'], {
      error: 'Busque por "taxpayer" (código), "document" (DNI/RUC) o "plate" (placa).',
    }),
    value: text('el dato de búsqueda', 20),
  }),
  'tax:quote': z.strictObject({
    debtIds: z
      .array(z.string().trim().min(1).max(120), { error: 'Las deudas son una lista.' })
      .min(1, { error: 'Elija al menos una deuda.' })
      .max(100, { error: 'Elija como máximo 100 deudas a la vez.' }),
  }),
  'tax:pay': z.strictObject({
    ticketId: IdSchema.optional(),
    paymentId: PaymentIdSchema,
    debtIds: z
      .array(z.string().trim().min(1).max(120), { error: 'Las deudas son una lista.' })
      .min(1, { error: 'Elija al menos una deuda.' })
      .max(100, { error: 'Elija como máximo 100 deudas a la vez.' }),
    method: z.enum(PAYMENT_METHODS, {
      error: 'La forma de pago es efectivo, tarjeta, transferencia o yape.',
    }),
    reference: z
      .string()
      .trim()
      .max(60, { error: 'La referencia no puede superar 60 caracteres.' })
      .optional(),
  }),
  'expediente:find': z.strictObject({
    number: ExpedienteNumberSchema.optional(),
    document: DocumentTextSchema.optional(),
    state: z.enum(EXPEDIENTE_STATES, { error: 'Ese estado de expediente no existe.' }).optional(),
    from: CivilDateSchema.optional(),
    to: CivilDateSchema.optional(),
  }),
  'expediente:get': z.strictObject({ number: ExpedienteNumberSchema }),
  'expediente:move': z.strictObject({
    number: ExpedienteNumberSchema,
    to: z.enum(EXPEDIENTE_STATES, { error: 'Ese estado de expediente no existe.' }),
    note: NoteSchema.optional(),
    office: text('la oficina', 120).optional(),
    resolution: z
      .enum(EXPEDIENTE_RESOLUTIONS, {
        error: 'La resolución es "aprobado", "denegado" o "aprobado-silencio-positivo".',
      })
      .optional(),
  }),
  'document:reprint': z.strictObject({
    kind: z.enum(['cargo', 'receipt'], { error: 'Se reimprime un "cargo" o un "receipt".' }),
    ref: z.string().trim().min(1).max(40),
  }),
} as const;

/** Every procedure command name. */
export type ProcedureCommandName = keyof typeof PROCEDURE_COMMAND_SCHEMAS;
/** What a client sends for a procedure command. */
export type ProcedureCommandInput<C extends ProcedureCommandName> = z.input<
  (typeof PROCEDURE_COMMAND_SCHEMAS)[C]
>;
/** The validated payload of a procedure command. */
export type ProcedureCommandPayload<C extends ProcedureCommandName> = z.output<
  (typeof PROCEDURE_COMMAND_SCHEMAS)[C]
>;

/** The procedure commands, in the order the counter lists them. */
export const PROCEDURE_COMMANDS = [
  'procedure:acta-copy',
  'procedure:licence',
  'procedure:intake',
  'tax:find',
  'tax:quote',
  'tax:pay',
  'expediente:find',
  'expediente:get',
  'expediente:move',
  'document:reprint',
] as const satisfies readonly ProcedureCommandName[];

/**
 * Who may send each procedure command. Procedures run at a window: a clerk only for the ticket
 * their window is serving (supervisors and admins for any ticket being served). Moving an
 * expediente is back-office work (supervisors, admins); clerks may read.
 */
export const PROCEDURE_COMMAND_ROLES: Readonly<Record<ProcedureCommandName, readonly Role[]>> = {
  'procedure:acta-copy': ['clerk', 'supervisor', 'admin'],
  'procedure:licence': ['clerk', 'supervisor', 'admin'],
  'procedure:intake': ['clerk', 'supervisor', 'admin'],
  'tax:find': ['clerk', 'supervisor', 'admin'],
  'tax:quote': ['clerk', 'supervisor', 'admin'],
  'tax:pay': ['clerk', 'supervisor', 'admin'],
  'expediente:find': ['clerk', 'supervisor', 'admin'],
  'expediente:get': ['clerk', 'supervisor', 'admin'],
  'expediente:move': ['supervisor', 'admin'],
  'document:reprint': ['clerk', 'supervisor', 'admin'],
};

// -- results -----------------------------------------------------------------------------------

/** An expediente just opened, as the clerk's panel shows it (and the cargo prints it). */
export type ExpedienteIssued = {
  /** `EXP-2026-000123`. */
  number: string;
  /** `Expediente N° 000123-2026-MPC`. */
  documentTitle: string;
  /** 8 digits, printed on the cargo. */
  accessKey: string;
  /** Last day of the legal time limit, when the procedure has one. */
  dueOn: CivilDate | null;
  /** Last day to fix an observation made at filing. */
  observationDeadline: CivilDate | null;
  /** `<publicOrigin>/consulta?n=<number>&k=<key>`: the cargo's QR code. */
  lookupUrl: string;
};

/** What the certified-copy attention produced. */
export type ActaCopyResult = ProcedureCommandPayload<'procedure:acta-copy'>['result'];

/** A debt as the Tributos panel lists it. */
export type TaxDebtView = {
  id: string;
  kind: 'predial' | 'arbitrios' | 'papeleta';
  taxpayerCode: string;
  taxpayerName: string;
  concept: string;
  period: string;
  amount: Centimos;
  dueOn: CivilDate | null;
  papeleta: { infractionCode: string; imposedOn: CivilDate; notifiedOn: CivilDate | null } | null;
};

/** What one debt costs if paid today. */
export type TaxQuoteLine = {
  debtId: string;
  amount: Centimos;
  discountPercent: number;
  discount: Centimos;
  toPay: Centimos;
  discountReason: 'early' | 'before-notification' | 'excluded' | 'notified' | null;
};

/** A tax receipt, as the panel shows it and the window's printer prints it. */
export type TaxReceiptView = {
  /** `REC-2026-000045`. */
  receiptNumber: string;
  paymentId: string;
  /** Epoch ms. */
  at: number;
  paidOn: CivilDate;
  method: PaymentMethod;
  reference: string | null;
  taxpayerCode: string;
  taxpayerName: string;
  lines: readonly (TaxQuoteLine & { concept: string })[];
  total: Centimos;
  /** The clerk's user id and window. */
  by: string;
  windowId: string | null;
};

/** One expediente in the back office's list. */
export type ExpedienteSummary = {
  number: string;
  documentTitle: string;
  procedureName: string;
  /** The person's names or the company's business name. */
  applicantName: string | null;
  /** Normalized DNI, CE, passport or RUC. */
  applicantDocument: string | null;
  state: ExpedienteState;
  /** Epoch ms. */
  createdAt: number;
  dueOn: CivilDate | null;
  /** The legal time limit has passed and the expediente is still awaiting its answer. */
  overdue: boolean;
};

/** One step of an expediente's history, for staff. */
export type ExpedienteHistoryStep = {
  state: ExpedienteState;
  /** Epoch ms. */
  at: number;
  /** User id, or `system` for an automatic step. */
  by: string;
  /** The user's name, when the office knows them. */
  byName: string | null;
  note: string | null;
  office: string | null;
  resolution: ExpedienteResolution | null;
};

/** An expediente in full, for staff only. */
export type ExpedienteDetail = ExpedienteSummary & {
  accessKey: string;
  /** The applicant as filed; null unless the session is a staff member's. */
  applicant: Applicant | null;
  /** The procedure's own fields (subject, folios, trade name, risk level…). */
  details: Readonly<Record<string, unknown>>;
  /** The office that holds it now. */
  office: string | null;
  observationDeadline: CivilDate | null;
  resolution: ExpedienteResolution | null;
  history: readonly ExpedienteHistoryStep[];
};

/** The value of each procedure command's successful `Result`. */
export type ProcedureCommandValues = {
  'procedure:acta-copy': { recordId: string; fee: Centimos; result: ActaCopyResult };
  'procedure:licence': {
    expediente: ExpedienteIssued;
    fee: Centimos;
    itse: 'after' | 'before';
    timeLimitWorkingDays: number;
    printed: PrintOutcome | null;
  };
  'procedure:intake': { expediente: ExpedienteIssued; printed: PrintOutcome | null };
  'tax:find': { debts: readonly TaxDebtView[] };
  'tax:quote': { quotes: readonly TaxQuoteLine[]; total: Centimos };
  'tax:pay': { receipt: TaxReceiptView; printed: PrintOutcome | null };
  'expediente:find': { expedientes: readonly ExpedienteSummary[] };
  'expediente:get': { expediente: ExpedienteDetail };
  'expediente:move': { expediente: ExpedienteDetail };
  'document:reprint': { printed: PrintOutcome | null };
};

/** The value of a procedure command's successful `Result`. */
export type ProcedureCommandValue<C extends ProcedureCommandName> = ProcedureCommandValues[C];
