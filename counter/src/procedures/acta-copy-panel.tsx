import { newRequestId } from '@cac/shared/client';
import { formatSoles } from '@cac/shared/domain';
import type { ReactNode } from 'react';
import { useId, useState } from 'react';
import { useCounterT } from '../counter-text';
import { ApplicantFields, useApplicant, useFieldSpeech } from './applicant-fields';
import { TextField, useCheckedField, validateAll, valueOf } from './checked-field';
import { FeeLine } from './fee-line';
import { checkOptionalDate, checkOptionalText, checkRequiredText } from './field-validation';
import { OUTCOME_PREFERENCES, suggestOutcome } from './outcome-choice';
import type { PanelEnv } from './panel-env';
import { PanelForm } from './panel-form';
import { usePanelSubmit } from './panel-submit';
import { useProcedurePort } from './procedure-context';
import type { ActaCopyInput, ActaCopyOutput } from './procedure-port';
import { ProcedureResult } from './procedure-result';
import { RequirementsChecklist, toggled } from './requirements-checklist';

/**
 * Registro Civil, certified copy of an acta: the registered person (names, date, acta number or
 * book and folio when known), the requester, the fee (the first copy of a birth acta is free by
 * Ley 29462, a checkbox whose reason is recorded), and the result: issued with its receipt, or
 * not found.
 */
export function ActaCopyPanel(env: PanelEnv): ReactNode {
  const { procedure, ticket, service, today, uitTable } = env;
  const t = useCounterT();
  const speech = useFieldSpeech();
  const port = useProcedurePort();
  const id = useId();
  const submit = usePanelSubmit();
  const [requestId] = useState(newRequestId);
  const [checked, setChecked] = useState<ReadonlySet<string>>(new Set());
  const [free, setFree] = useState(false);
  const [outcome, setOutcome] = useState<'issued' | 'not-found'>('issued');
  const [done, setDone] = useState<ActaCopyOutput | null>(null);
  const names = useCheckedField((text) => checkRequiredText(text, 160, speech));
  const date = useCheckedField((text) => checkOptionalDate(text, speech, today));
  const actaNumber = useCheckedField((text) => checkOptionalText(text, 30, speech));
  const book = useCheckedField((text) => checkOptionalText(text, 20, speech));
  const folio = useCheckedField((text) => checkOptionalText(text, 20, speech));
  const receipt = useCheckedField((text) =>
    outcome === 'issued' ? checkRequiredText(text, 30, speech) : { ok: true, value: '' },
  );
  const requester = useApplicant();
  const isBirth = procedure.actaType === 'nacimiento';
  const year = Number(today.slice(0, 4));

  async function send(): Promise<void> {
    const person = validateAll([
      names,
      date,
      actaNumber,
      book,
      folio,
      ...requester.fields(),
      receipt,
    ])
      ? requester.value()
      : null;
    if (!person || person.kind !== 'person') {
      submit.setError(t('proc.fixErrors'));
      return;
    }
    const registered: ActaCopyInput['registered'] = { names: valueOf(names) };
    const dateValue = valueOf(date);
    if (dateValue) registered.date = dateValue;
    for (const [key, field] of [
      ['actaNumber', actaNumber],
      ['book', book],
      ['folio', folio],
    ] as const) {
      const value = valueOf(field);
      if (value) registered[key] = value;
    }
    const value = await submit.run(() =>
      port.actaCopy({
        ticketId: ticket.id,
        procedureId: procedure.id,
        requestId,
        registered,
        requester: person,
        firstBirthCopyFree: isBirth && free,
        result:
          outcome === 'issued'
            ? { kind: 'issued', receiptNumber: valueOf(receipt) }
            : { kind: 'not-found' },
      }),
    );
    if (value) setDone(value);
  }

  if (done) {
    const issued = done.result.kind === 'issued';
    return (
      <ProcedureResult
        summary={
          done.result.kind === 'issued'
            ? t('proc.acta.doneIssued', {
                receipt: done.result.receiptNumber,
                fee: done.fee === 0 ? t('proc.fee.free') : formatSoles(done.fee),
              })
            : t('proc.acta.doneNotFound')
        }
        facts={[{ term: t('proc.acta.recordTerm'), value: done.recordId }]}
        finish={{
          outcome: suggestOutcome(
            service.outcomes,
            issued ? OUTCOME_PREFERENCES.done : OUTCOME_PREFERENCES.notFound,
          ),
          result: { kind: 'record', ref: done.recordId },
        }}
        onFinish={env.onFinish}
        onResult={env.onResult}
        finishEnabled={env.finishEnabled}
      />
    );
  }

  const dateLabel = procedure.actaType
    ? t(`proc.acta.date.${procedure.actaType}`)
    : t('proc.acta.date.other');
  return (
    <PanelForm
      label={procedure.name}
      onSubmit={() => void send()}
      submitLabel={t('proc.acta.submit')}
      busy={submit.busy}
      error={submit.error}
    >
      <RequirementsChecklist
        requirements={procedure.requirements}
        checked={checked}
        onToggle={(requirement) => setChecked((set) => toggled(set, requirement))}
      />
      <fieldset className="proc-group">
        <legend>{t('proc.acta.registered')}</legend>
        <div className="proc-row">
          <TextField
            field={names}
            label={t('proc.acta.names')}
            required
            maxLength={160}
            className="proc-field--wide"
          />
          <TextField
            field={date}
            label={dateLabel}
            hint={t('proc.field.dateHint')}
            maxLength={10}
            className="proc-field--narrow"
          />
        </div>
        <div className="proc-row">
          <TextField field={actaNumber} label={t('proc.acta.number')} maxLength={30} />
          <TextField field={book} label={t('proc.acta.book')} maxLength={20} />
          <TextField field={folio} label={t('proc.acta.folio')} maxLength={20} />
        </div>
      </fieldset>
      <ApplicantFields state={requester} allowCompany={false} legend={t('proc.acta.requester')} />
      {isBirth ? (
        <div className="proc-check">
          <input
            id={`${id}-free`}
            type="checkbox"
            checked={free}
            onChange={(event) => setFree(event.target.checked)}
            aria-describedby={`${id}-free-reason`}
          />
          <label htmlFor={`${id}-free`}>{t('proc.acta.free')}</label>
          <p id={`${id}-free-reason`} className="proc-note">
            {t('proc.acta.freeReason')}
          </p>
        </div>
      ) : null}
      <FeeLine
        fee={procedure.fee}
        year={year}
        uitTable={uitTable}
        waivedBecause={isBirth && free ? 'Ley 29462' : null}
      />
      <fieldset className="proc-group">
        <legend>{t('proc.acta.result')}</legend>
        <div className="proc-row proc-row--center">
          {(['issued', 'not-found'] as const).map((kind) => (
            <label key={kind} className="proc-choice">
              <input
                type="radio"
                name={`${id}-result`}
                value={kind}
                checked={outcome === kind}
                onChange={() => setOutcome(kind)}
              />
              {kind === 'issued' ? t('proc.acta.issued') : t('proc.acta.notFound')}
            </label>
          ))}
          {outcome === 'issued' ? (
            <TextField
              field={receipt}
              label={t('proc.acta.receipt')}
              required
              maxLength={30}
              className="proc-field--narrow"
            />
          ) : null}
        </div>
      </fieldset>
    </PanelForm>
  );
}
