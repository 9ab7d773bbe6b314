import { newRequestId } from '@cac/shared/client';
import { formatSoles } from '@cac/shared/domain';
import type { FormEvent, ReactNode } from 'react';
import { useId, useState } from 'react';
import type { CounterTranslate } from '../counter-text';
import { useCounterT } from '../counter-text';
import { useFieldSpeech } from './applicant-fields';
import { TextField, useCheckedField, validateAll, valueOf } from './checked-field';
import type { FieldCheck } from './field-validation';
import {
  checkAmount,
  checkDniOrRuc,
  checkOptionalText,
  checkPlate,
  checkRequiredText,
  checkTaxpayerCode,
  civilDateText,
} from './field-validation';
import { OUTCOME_PREFERENCES, suggestOutcome } from './outcome-choice';
import type { PanelEnv } from './panel-env';
import { PanelForm } from './panel-form';
import { usePanelSubmit } from './panel-submit';
import { useProcedurePort } from './procedure-context';
import type {
  DebtLookupBy,
  DebtQuote,
  PaymentMethod,
  PayOutput,
  TaxDebtView,
} from './procedure-port';
import { ProcedureResult } from './procedure-result';

const LOOKUPS: readonly DebtLookupBy[] = ['taxpayer', 'document', 'plate'];
const METHODS: readonly PaymentMethod[] = ['efectivo', 'tarjeta', 'transferencia', 'yape'];

/** Why a debt costs what it costs today, in one sentence; null for debts without a discount rule. */
export function discountReasonText(
  debt: TaxDebtView,
  quote: DebtQuote | undefined,
  t: CounterTranslate,
): string | null {
  if (!quote?.discountReason || !debt.papeleta) return null;
  const papeleta = debt.papeleta;
  switch (quote.discountReason) {
    case 'early':
      return t('proc.tax.reason.early', {
        percent: quote.discountPercent,
        date: civilDateText(papeleta.imposedOn),
      });
    case 'before-notification':
      return t('proc.tax.reason.before-notification', { percent: quote.discountPercent });
    case 'excluded':
      return t('proc.tax.reason.excluded', { code: papeleta.infractionCode });
    case 'notified':
      return t('proc.tax.reason.notified', {
        date: papeleta.notifiedOn ? civilDateText(papeleta.notifiedOn) : '',
      });
  }
}

type Found = {
  value: string;
  debts: readonly TaxDebtView[];
  quotes: ReadonlyMap<string, DebtQuote>;
};

/**
 * Tributos (SAT): look debts up by taxpayer code, DNI/RUC or plate; list predial instalments,
 * arbitrios and papeletas with today's discount and why; select, see the total, choose how the
 * citizen pays (the operation number is required except in cash), pay, and show the receipt.
 * Paying twice is impossible: one `paymentId` per payment form (the hub answers a repeated id with
 * the first receipt) and the button is disabled while the payment is in flight.
 */
export function TaxPanel(env: PanelEnv): ReactNode {
  const { ticket, service, procedure } = env;
  const t = useCounterT();
  const speech = useFieldSpeech();
  const port = useProcedurePort();
  const id = useId();
  const lookup = usePanelSubmit();
  const payment = usePanelSubmit();
  const [by, setBy] = useState<DebtLookupBy>('taxpayer');
  const [found, setFound] = useState<Found | null>(null);
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  // One id per payment form: a retry or a double click sends the same id, a new selection is a
  // new payment.
  const [paymentId, setPaymentId] = useState(newRequestId);
  const [method, setMethod] = useState<PaymentMethod>('efectivo');
  const [paid, setPaid] = useState<PayOutput | null>(null);

  const key = useCheckedField((text): FieldCheck<string> => {
    switch (by) {
      case 'taxpayer':
        return checkTaxpayerCode(text, speech);
      case 'document':
        return checkDniOrRuc(text, speech);
      case 'plate':
        return checkPlate(text, speech);
    }
  });
  const reference = useCheckedField((text) =>
    method === 'efectivo'
      ? checkOptionalText(text, 40, speech)
      : text.trim() === ''
        ? {
            ok: false,
            message: t('proc.tax.referenceRequired', { method: t(`proc.method.${method}`) }),
          }
        : checkRequiredText(text, 40, speech),
  );
  const cash = useCheckedField((text): FieldCheck<number | null> =>
    text.trim() === '' ? { ok: true, value: null } : checkAmount(text, speech),
  );

  const total = found
    ? [...selected].reduce((sum, debtId) => sum + (found.quotes.get(debtId)?.toPay ?? 0), 0)
    : 0;
  const cashTyped = cash.text.trim() === '' ? null : checkAmount(cash.text, speech);
  const cashShown = cashTyped?.ok ? cashTyped.value : null;

  async function find(event: FormEvent<HTMLFormElement>): Promise<void> {
    event.preventDefault();
    if (!validateAll([key])) return;
    const value = valueOf(key);
    const debts = await lookup.run(() => port.findDebts({ by, value }));
    if (!debts) return;
    const ids = debts.debts.map((debt) => debt.id);
    const quoted =
      ids.length > 0 ? await lookup.run(() => port.quoteDebts({ debtIds: ids })) : null;
    if (ids.length > 0 && !quoted) return;
    setFound({
      value: key.text.trim(),
      debts: debts.debts,
      quotes: new Map((quoted?.quotes ?? []).map((quote) => [quote.debtId, quote])),
    });
    setSelected(new Set());
    setPaymentId(newRequestId());
  }

  function toggle(debtId: string): void {
    setSelected((set) => {
      const next = new Set(set);
      if (next.has(debtId)) next.delete(debtId);
      else next.add(debtId);
      return next;
    });
    setPaymentId(newRequestId());
  }

  async function pay(): Promise<void> {
    if (selected.size === 0) {
      payment.setError(t('proc.tax.noneSelected'));
      return;
    }
    if (!validateAll([reference, cash])) {
      payment.setError(t('proc.fixErrors'));
      return;
    }
    const received = valueOf(cash);
    if (method === 'efectivo' && received !== null && received < total) {
      payment.setError(t('proc.tax.cashShort', { total: formatSoles(total) }));
      return;
    }
    const ref = valueOf(reference);
    const value = await payment.run(() =>
      port.pay({
        ticketId: ticket.id,
        paymentId,
        debtIds: [...selected],
        method,
        ...(ref ? { reference: ref } : {}),
      }),
    );
    if (value) setPaid(value);
  }

  if (paid) {
    const receipt = paid.receipt;
    return (
      <ProcedureResult
        summary={t('proc.tax.paid', {
          receipt: receipt.receiptNumber,
          total: formatSoles(receipt.total),
        })}
        printed={{
          document: 'receipt',
          outcome: paid.printed,
          reprint: { kind: 'receipt', ref: receipt.receiptNumber },
        }}
        finish={{
          outcome: suggestOutcome(service.outcomes, OUTCOME_PREFERENCES.paid),
          result: { kind: 'receipt', ref: receipt.receiptNumber },
        }}
        onFinish={env.onFinish}
        onResult={env.onResult}
        finishEnabled={env.finishEnabled}
      >
        <table className="proc-table">
          <caption>{t('proc.tax.receiptLines')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('proc.tax.col.concept')}</th>
              <th scope="col">{t('proc.tax.col.amount')}</th>
              <th scope="col">{t('proc.tax.col.discount')}</th>
              <th scope="col">{t('proc.tax.col.toPay')}</th>
            </tr>
          </thead>
          <tbody>
            {receipt.lines.map((line) => (
              <tr key={line.debtId}>
                <th scope="row">{line.concept}</th>
                <td className="proc-money">{formatSoles(line.amount)}</td>
                <td className="proc-money">{formatSoles(line.discount)}</td>
                <td className="proc-money">{formatSoles(line.toPay)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </ProcedureResult>
    );
  }

  return (
    <div className="proc-tax">
      <form
        className="proc-form"
        aria-label={t('proc.tax.lookup')}
        onSubmit={(event) => void find(event)}
        noValidate
      >
        <div className="proc-row proc-row--end">
          <div className="proc-field proc-field--narrow">
            <label htmlFor={`${id}-by`}>{t('proc.tax.by')}</label>
            <select
              id={`${id}-by`}
              value={by}
              onChange={(event) => {
                const picked = LOOKUPS.find((candidate) => candidate === event.target.value);
                if (picked) setBy(picked);
              }}
            >
              {LOOKUPS.map((candidate) => (
                <option key={candidate} value={candidate}>
                  {t(`proc.tax.by.${candidate}`)}
                </option>
              ))}
            </select>
          </div>
          <TextField field={key} label={t(`proc.tax.by.${by}`)} required maxLength={20} />
          <button type="submit" className="button" disabled={lookup.busy}>
            {lookup.busy ? t('proc.tax.searching') : t('proc.tax.search')}
          </button>
        </div>
        <div role="alert" className="desk-error">
          {lookup.error}
        </div>
      </form>
      {found && found.debts.length === 0 ? (
        <p className="proc-note" role="status">
          {t('proc.tax.none', { value: found.value })}
        </p>
      ) : null}
      {found && found.debts.length > 0 ? (
        <PanelForm
          label={procedure.name}
          onSubmit={() => void pay()}
          submitLabel={t('proc.tax.pay', { total: formatSoles(total) })}
          busy={payment.busy}
          error={payment.error}
        >
          <table className="proc-table">
            <caption>
              {t('proc.tax.debts', {
                name: found.debts[0]?.taxpayerName ?? '',
                code: found.debts[0]?.taxpayerCode ?? '',
              })}
            </caption>
            <thead>
              <tr>
                <th scope="col">{t('proc.tax.col.pay')}</th>
                <th scope="col">{t('proc.tax.col.concept')}</th>
                <th scope="col">{t('proc.tax.col.dueOn')}</th>
                <th scope="col">{t('proc.tax.col.amount')}</th>
                <th scope="col">{t('proc.tax.col.discount')}</th>
                <th scope="col">{t('proc.tax.col.toPay')}</th>
              </tr>
            </thead>
            <tbody>
              {found.debts.map((debt) => {
                const quote = found.quotes.get(debt.id);
                const reason = discountReasonText(debt, quote, t);
                return (
                  <tr key={debt.id}>
                    <td>
                      <input
                        type="checkbox"
                        checked={selected.has(debt.id)}
                        onChange={() => toggle(debt.id)}
                        aria-label={t('proc.tax.payItem', {
                          concept: debt.concept,
                          period: debt.period,
                        })}
                        aria-describedby={reason ? `${id}-${debt.id}-reason` : undefined}
                      />
                    </td>
                    <th scope="row">
                      {debt.concept} <span className="proc-note">{debt.period}</span>
                      {reason ? (
                        <span id={`${id}-${debt.id}-reason`} className="proc-reason">
                          {reason}
                        </span>
                      ) : null}
                    </th>
                    <td>{debt.dueOn ? civilDateText(debt.dueOn) : '—'}</td>
                    <td className="proc-money">{formatSoles(debt.amount)}</td>
                    <td className="proc-money">{quote ? formatSoles(quote.discount) : '—'}</td>
                    <td className="proc-money">{formatSoles(quote?.toPay ?? debt.amount)}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
          <p className="proc-total">
            {t('proc.tax.selected', { count: selected.size })} · {t('proc.tax.total')}:{' '}
            <strong data-testid="tax-total">{formatSoles(total)}</strong>
          </p>
          <div className="proc-row proc-row--end">
            <fieldset className="proc-group proc-group--inline">
              <legend>{t('proc.tax.method')}</legend>
              {METHODS.map((candidate) => (
                <label key={candidate} className="proc-choice">
                  <input
                    type="radio"
                    name={`${id}-method`}
                    value={candidate}
                    checked={method === candidate}
                    onChange={() => setMethod(candidate)}
                  />
                  {t(`proc.method.${candidate}`)}
                </label>
              ))}
            </fieldset>
            <TextField
              field={reference}
              label={
                method === 'efectivo' ? t('proc.tax.referenceOptional') : t('proc.tax.reference')
              }
              required={method !== 'efectivo'}
              maxLength={40}
            />
            {method === 'efectivo' ? (
              <TextField
                field={cash}
                label={t('proc.tax.cash')}
                inputMode="decimal"
                maxLength={15}
                hint={
                  cashShown !== null && cashShown >= total
                    ? t('proc.tax.change', { amount: formatSoles(cashShown - total) })
                    : undefined
                }
              />
            ) : null}
          </div>
        </PanelForm>
      ) : null}
    </div>
  );
}
