import type { CivilDate, PapeletaDiscountRules, UitTable } from '@cac/shared/domain';
import {
  DEFAULT_UIT_TABLE,
  addCalendarDays,
  addWorkingDays,
  feeFromUitPercent,
  quotePapeleta,
  workingCalendar,
} from '@cac/shared/domain';
import type { ProcedureView, Result } from '@cac/shared/protocol';
import { err, ok } from '@cac/shared/protocol';
import type {
  ActaCopyOutput,
  DebtQuote,
  ExpedienteIssued,
  PayOutput,
  PortAnswer,
  ProcedureError,
  ProcedurePort,
  TaxDebtView,
} from './procedure-port';

/** A call the fake received. */
export type FakePortCall = { method: keyof ProcedurePort; input: unknown };

/** Options of {@link createFakeProcedurePort}. */
export type FakeProcedurePortOptions = {
  /** The office day the fake lives in. Default 2026-11-24 (a Tuesday). */
  today?: CivilDate;
  /** The catalog, to price licences and to allow the free birth copy only for birth actas. */
  procedures?: readonly ProcedureView[];
  uitTable?: UitTable;
  debts?: readonly TaxDebtView[];
};

/** A {@link ProcedurePort} for tests: behaves like the contract, in memory. */
export type FakeProcedurePort = ProcedurePort & {
  /** Every call so far, oldest first. */
  readonly calls: readonly FakePortCall[];
  /** The calls of one method. */
  callsOf(method: keyof ProcedurePort): unknown[];
  /** The next call of `method` is refused with `error` (the hub's code and Spanish sentence). */
  refuseNext(method: keyof ProcedurePort, error: ProcedureError): void;
  /**
   * Holds every answer of `method` until the returned function is called (a slow hub), so a test
   * can act while a command is in flight.
   */
  hold(method: keyof ProcedurePort): () => void;
};

/** SAT Cajamarca's rules (the demo's): 83% within 5 working days, 67% until notified. */
const PAPELETA_RULES: PapeletaDiscountRules = {
  earlyPercent: 83,
  earlyWorkingDays: 5,
  beforeNotificationPercent: 67,
  excludedInfractions: ['M01', 'M02', 'M03'],
};

/** The fake ledger's debts of the taxpayer C-000123 (DNI 10117410, plate ABC-123) on `today`. */
export function demoDebts(today: CivilDate): TaxDebtView[] {
  const owner = { taxpayerCode: 'C-000123', taxpayerName: 'Rosa Chávez Vargas' };
  return [
    {
      id: 'debt-predial-2026-4',
      kind: 'predial',
      ...owner,
      concept: 'Impuesto predial',
      period: '2026 cuota 4',
      amount: 12_050,
      dueOn: '2026-11-30',
      papeleta: null,
    },
    {
      id: 'debt-arbitrios-2026-11',
      kind: 'arbitrios',
      ...owner,
      concept: 'Arbitrios',
      period: '2026-11',
      amount: 3_500,
      dueOn: '2026-11-30',
      papeleta: null,
    },
    {
      id: 'debt-papeleta-g57',
      kind: 'papeleta',
      ...owner,
      concept: 'Papeleta G57',
      period: 'ABC-123',
      amount: 42_800,
      dueOn: today,
      papeleta: { infractionCode: 'G57', imposedOn: addCalendarDays(today, -1), notifiedOn: null },
    },
    {
      id: 'debt-papeleta-m02',
      kind: 'papeleta',
      ...owner,
      concept: 'Papeleta M02',
      period: 'ABC-123',
      amount: 214_000,
      dueOn: today,
      papeleta: { infractionCode: 'M02', imposedOn: addCalendarDays(today, -1), notifiedOn: null },
    },
  ];
}

const LOOKUP: Readonly<Record<string, string>> = {
  'taxpayer:C-000123': 'C-000123',
  'document:10117410': 'C-000123',
  'plate:ABC123': 'C-000123',
};

/**
 * A fake of the hub's procedure commands: expedientes numbered from EXP-2026-000123, a ledger with
 * {@link demoDebts}, papeleta discounts from the domain, one receipt per `paymentId` (a repeated
 * id answers the first receipt), one payment per debt, the first result for a repeated
 * `requestId`, and refusals on demand.
 */
export function createFakeProcedurePort(options: FakeProcedurePortOptions = {}): FakeProcedurePort {
  const today = options.today ?? '2026-11-24';
  const calendar = workingCalendar([]);
  const uitTable = options.uitTable ?? DEFAULT_UIT_TABLE;
  const debts = options.debts ?? demoDebts(today);
  const calls: FakePortCall[] = [];
  const refusals = new Map<keyof ProcedurePort, ProcedureError>();
  const holds = new Map<keyof ProcedurePort, Promise<void>>();
  const byRequest = new Map<string, unknown>();
  const payments = new Map<string, PayOutput>();
  const paidDebts = new Set<string>();
  let expedientes = 122;
  let records = 0;
  let receipts = 0;

  async function answer<T>(
    method: keyof ProcedurePort,
    input: unknown,
    run: () => Result<T, ProcedureError>,
  ): PortAnswer<T> {
    calls.push({ method, input });
    await holds.get(method);
    const refusal = refusals.get(method);
    if (refusal) {
      refusals.delete(method);
      return err(refusal);
    }
    return run();
  }

  function once<T>(requestId: string, create: () => T): T {
    const first = byRequest.get(requestId);
    if (first !== undefined) return first as T;
    const created = create();
    byRequest.set(requestId, created);
    return created;
  }

  function expediente(timeLimit: number | null, observed: boolean): ExpedienteIssued {
    expedientes += 1;
    const seq = String(expedientes).padStart(6, '0');
    const year = today.slice(0, 4);
    return {
      number: `EXP-${year}-${seq}`,
      documentTitle: `Expediente N° ${seq}-${year}-MPC`,
      accessKey: `K${seq.slice(-3)}QX`,
      dueOn: timeLimit === null ? null : addWorkingDays(today, timeLimit, calendar),
      observationDeadline: observed ? addWorkingDays(today, 2, calendar) : null,
      lookupUrl: `http://hub.local:4700/consulta?n=EXP-${year}-${seq}`,
    };
  }

  function procedure(id: string): ProcedureView | undefined {
    return options.procedures?.find((candidate) => candidate.id === id);
  }

  function quote(debt: TaxDebtView): DebtQuote {
    if (!debt.papeleta) {
      return {
        debtId: debt.id,
        amount: debt.amount,
        discountPercent: 0,
        discount: 0,
        toPay: debt.amount,
        discountReason: null,
      };
    }
    const q = quotePapeleta(
      { ...debt.papeleta, amount: debt.amount },
      today,
      PAPELETA_RULES,
      calendar,
    );
    return {
      debtId: debt.id,
      amount: debt.amount,
      discountPercent: q.percent,
      discount: q.discount,
      toPay: q.toPay,
      discountReason: q.reason,
    };
  }

  const printedCargo = { ticketId: 'cargo', number: 'cargo', ok: true } as const;

  return {
    calls,
    callsOf: (method) => calls.filter((call) => call.method === method).map((call) => call.input),
    refuseNext(method, error) {
      refusals.set(method, error);
    },
    hold(method) {
      let release = (): void => undefined;
      holds.set(
        method,
        new Promise<void>((resolve) => {
          release = () => {
            holds.delete(method);
            resolve();
          };
        }),
      );
      return () => release();
    },

    actaCopy: (input) =>
      answer<ActaCopyOutput>('actaCopy', input, () => {
        const actaType = procedure(input.procedureId)?.actaType;
        if (input.firstBirthCopyFree && actaType !== undefined && actaType !== 'nacimiento') {
          return err({
            code: 'FREE_COPY_NOT_ALLOWED',
            message: 'Solo la primera copia del acta de nacimiento es gratuita (Ley 29462).',
          });
        }
        return ok(
          once(input.requestId, () => {
            records += 1;
            const fee = procedure(input.procedureId)?.fee;
            const price = fee?.kind === 'fixed' ? fee.centimos : 0;
            return {
              recordId: `ACT-${today.slice(0, 4)}-${String(records).padStart(6, '0')}`,
              fee: input.firstBirthCopyFree || input.result.kind === 'not-found' ? 0 : price,
              result: input.result,
            };
          }),
        );
      }),

    licence: (input) =>
      answer('licence', input, () => {
        const rule = procedure(input.procedureId)?.riskLevels?.[input.riskLevel];
        if (!rule && options.procedures) {
          return err({
            code: 'INVALID_PAYLOAD',
            message: 'El nivel de riesgo no está configurado.',
          });
        }
        return ok(
          once(input.requestId, () => {
            let fee = 0;
            if (rule?.fee.kind === 'fixed') fee = rule.fee.centimos;
            if (rule?.fee.kind === 'uit-percent') {
              const computed = feeFromUitPercent(
                rule.fee.percent,
                Number(today.slice(0, 4)),
                uitTable,
              );
              fee = computed.ok ? computed.value : 0;
            }
            const timeLimit = rule?.timeLimitWorkingDays ?? 4;
            return {
              expediente: expediente(timeLimit, false),
              fee,
              itse: rule?.itse ?? 'after',
              timeLimitWorkingDays: timeLimit,
              printed: printedCargo,
            };
          }),
        );
      }),

    intake: (input) =>
      answer('intake', input, () =>
        ok(
          once(input.requestId, () => ({
            expediente: expediente(
              procedure(input.procedureId)?.timeLimitWorkingDays ?? 30,
              input.observation !== undefined,
            ),
            printed: printedCargo,
          })),
        ),
      ),

    findDebts: (input) =>
      answer('findDebts', input, () => {
        const code = LOOKUP[`${input.by}:${input.value}`];
        return ok({
          debts: debts.filter((debt) => debt.taxpayerCode === code && !paidDebts.has(debt.id)),
        });
      }),

    quoteDebts: (input) =>
      answer('quoteDebts', input, () => {
        const quotes = input.debtIds.flatMap((id) => {
          const debt = debts.find((candidate) => candidate.id === id);
          return debt ? [quote(debt)] : [];
        });
        return ok({ quotes, total: quotes.reduce((sum, q) => sum + q.toPay, 0) });
      }),

    pay: (input) =>
      answer('pay', input, () => {
        const first = payments.get(input.paymentId);
        if (first) return ok(first);
        if (input.method !== 'efectivo' && !input.reference?.trim()) {
          return err({
            code: 'INVALID_PAYLOAD',
            message: 'Falta el número de operación del pago.',
          });
        }
        const paid = input.debtIds.find((id) => paidDebts.has(id));
        if (paid) {
          return err({ code: 'DEBT_ALREADY_PAID', message: 'Esta deuda ya fue pagada.' });
        }
        const lines = input.debtIds.flatMap((id) => {
          const debt = debts.find((candidate) => candidate.id === id);
          if (!debt) return [];
          const q = quote(debt);
          return [
            {
              debtId: id,
              concept: `${debt.concept} ${debt.period}`,
              amount: q.amount,
              discount: q.discount,
              toPay: q.toPay,
            },
          ];
        });
        for (const id of input.debtIds) paidDebts.add(id);
        receipts += 1;
        const output: PayOutput = {
          receipt: {
            receiptNumber: `REC-${today.slice(0, 4)}-${String(receipts).padStart(6, '0')}`,
            total: lines.reduce((sum, line) => sum + line.toPay, 0),
            lines,
            method: input.method,
            reference: input.reference ?? null,
          },
          printed: { ticketId: input.ticketId ?? 'receipt', number: 'receipt', ok: true },
        };
        payments.set(input.paymentId, output);
        return ok(output);
      }),

    reprint: (input) => answer('reprint', input, () => ok({ printed: printedCargo })),
  };
}
