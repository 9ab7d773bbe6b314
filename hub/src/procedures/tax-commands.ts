import type { Actor } from '@cac/shared/domain';
import type {
  AppError,
  ProcedureCommandPayload,
  ProcedureCommandValue,
  Result,
  TaxDebtView,
  TaxQuoteLine,
  TaxReceiptView,
} from '@cac/shared/protocol';
import { err, ok } from '@cac/shared/protocol';
import { appError } from '../errors/app-errors';
import type { DebtQuery, DebtQuote, TaxDebt, TaxReceipt } from '../tax/tax-ledger';
import { officeDay, servingTicket, windowOfActor } from './attending';
import type { Once } from './once';
import type { ProcedureDeps } from './procedure-deps';
import { taxError } from './tax-errors';
import { printReceipt } from './window-documents';

/** A debt without the taxpayer's document and plate (the panel searched by them already). */
function debtView(debt: TaxDebt): TaxDebtView {
  return {
    id: debt.id,
    kind: debt.kind,
    taxpayerCode: debt.taxpayerCode,
    taxpayerName: debt.taxpayerName,
    concept: debt.concept,
    period: debt.period,
    amount: debt.amount,
    dueOn: debt.dueOn,
    papeleta: debt.papeleta,
  };
}

const DISCOUNT_REASONS = ['early', 'before-notification', 'excluded', 'notified'] as const;

function quoteLine(quote: DebtQuote): TaxQuoteLine {
  return {
    debtId: quote.debtId,
    amount: quote.amount,
    discountPercent: quote.discountPercent,
    discount: quote.discount,
    toPay: quote.toPay,
    discountReason: DISCOUNT_REASONS.find((reason) => reason === quote.discountReason) ?? null,
  };
}

export function receiptView(receipt: TaxReceipt): TaxReceiptView {
  return {
    receiptNumber: receipt.receiptNumber,
    paymentId: receipt.paymentId,
    at: receipt.at,
    paidOn: receipt.paidOn,
    method: receipt.method,
    reference: receipt.reference,
    taxpayerCode: receipt.taxpayerCode,
    taxpayerName: receipt.taxpayerName,
    lines: receipt.lines.map((line) => ({ ...quoteLine(line), concept: line.concept })),
    total: receipt.total,
    by: receipt.by,
    windowId: receipt.windowId,
  };
}

/** A connector that throws (a remote SAT down) is a refusal, never a crash. */
async function guarded<T>(
  deps: ProcedureDeps,
  call: () => Promise<T>,
): Promise<Result<T, AppError>> {
  try {
    return ok(await call());
  } catch (error) {
    deps.log.error({ err: error }, 'tax ledger call failed');
    return err(appError('TAX_LEDGER_UNAVAILABLE'));
  }
}

export async function taxFind(
  payload: ProcedureCommandPayload<'tax:find'>,
  _actor: Actor,
  deps: ProcedureDeps,
): Promise<Result<ProcedureCommandValue<'tax:find'>, AppError>> {
  const query: DebtQuery =
    payload.by === 'taxpayer'
      ? { by: 'taxpayer', code: payload.value }
      : payload.by === 'document'
        ? { by: 'document', document: payload.value }
        : { by: 'plate', plate: payload.value };
  const found = await guarded(deps, () => deps.taxLedger.findDebts(query));
  if (!found.ok) return found;
  if (!found.value.ok) return err(taxError(found.value.error));
  return ok({ debts: found.value.value.map(debtView) });
}

export async function taxQuote(
  payload: ProcedureCommandPayload<'tax:quote'>,
  _actor: Actor,
  deps: ProcedureDeps,
): Promise<Result<ProcedureCommandValue<'tax:quote'>, AppError>> {
  const paidOn = officeDay(deps.config(), deps.now());
  const quoted = await guarded(deps, () => deps.taxLedger.quote(payload.debtIds, paidOn));
  if (!quoted.ok) return quoted;
  if (!quoted.value.ok) return err(taxError(quoted.value.error));
  const quotes = quoted.value.value.map(quoteLine);
  return ok({ quotes, total: quotes.reduce((sum, line) => sum + line.toPay, 0) });
}

type PayValue = ProcedureCommandValue<'tax:pay'>;

/**
 * Registers a payment exactly once per `paymentId`: the tax ledger itself refuses to pay twice,
 * and here a second emit while the first is in flight shares its answer (one receipt printed),
 * a later retry gets the remembered answer. The hub's ledger keeps the payment and the run.
 */
export function createTaxPayHandler(once: Once) {
  return async function taxPay(
    payload: ProcedureCommandPayload<'tax:pay'>,
    actor: Actor,
    deps: ProcedureDeps,
  ): Promise<Result<PayValue, AppError>> {
    const key = `tax:pay:${payload.paymentId}`;
    return once(key, async () => {
      const config = deps.config();
      const state = deps.state();
      let windowId = windowOfActor(state, actor);
      let ticket: { id: string; serviceId: string } | null = null;
      if (payload.ticketId !== undefined) {
        const serving = servingTicket(state, payload.ticketId, actor);
        if (!serving.ok) return serving;
        ticket = serving.value;
        windowId = serving.value.windowId;
      }
      const at = deps.now();
      const day = officeDay(config, at);
      const paid = await guarded(deps, () =>
        deps.taxLedger.pay({
          paymentId: payload.paymentId,
          debtIds: payload.debtIds,
          method: payload.method,
          reference: payload.reference?.trim() || null,
          paidOn: day,
          at,
          by: actor.id,
          windowId,
        }),
      );
      if (!paid.ok) return paid;
      if (!paid.value.ok) return err(taxError(paid.value.error));
      const receipt = receiptView(paid.value.value);
      const procedure = ticket
        ? config.services
            .find((s) => s.id === ticket.serviceId)
            ?.procedures.find((p) => p.kind === 'tax-payment')
        : undefined;
      const value = deps.runs.atomically(() => {
        deps.runs.recordTaxPayment({
          receiptNumber: receipt.receiptNumber,
          paymentId: receipt.paymentId,
          at: receipt.at,
          officeDay: receipt.paidOn,
          taxpayerCode: receipt.taxpayerCode,
          total: receipt.total,
          method: receipt.method,
          reference: receipt.reference,
          by: receipt.by,
          windowId: receipt.windowId,
          ticketId: ticket?.id ?? null,
        });
        return deps.runs.record(
          {
            requestKey: key,
            command: 'tax:pay',
            at,
            officeDay: day,
            ticketId: ticket?.id ?? null,
            serviceId: ticket?.serviceId ?? null,
            procedureId: procedure?.id ?? null,
            kind: 'tax-payment',
            by: actor.id,
            windowId,
            result: { kind: 'receipt', ref: receipt.receiptNumber },
            summary: `${receipt.lines.length} ${receipt.method}`,
            fee: receipt.total,
          },
          (): PayValue => ({ receipt, printed: null }),
        );
      });
      if (windowId === null) return ok(value);
      const printed = await printReceipt(deps, windowId, receipt, ticket?.id ?? 'sin-ticket');
      const answer: PayValue = { ...value, printed };
      deps.runs.updateResponse(key, answer);
      return ok(answer);
    });
  };
}
