import { newRequestId } from '@cac/shared/client';
import { formatSoles } from '@cac/shared/domain';
import { RISK_LEVELS } from '@cac/shared/protocol';
import type { ReactNode } from 'react';
import { useId, useState } from 'react';
import { useCounterT } from '../counter-text';
import { ApplicantFields, useApplicant, useFieldSpeech } from './applicant-fields';
import { TextField, useCheckedField, validateAll, valueOf } from './checked-field';
import { expedienteFacts } from './expediente-facts';
import { FeeLine } from './fee-line';
import { checkArea, checkOptionalText, checkRequiredText } from './field-validation';
import { OUTCOME_PREFERENCES, suggestOutcome } from './outcome-choice';
import type { PanelEnv } from './panel-env';
import { PanelForm } from './panel-form';
import { usePanelSubmit } from './panel-submit';
import { useProcedurePort } from './procedure-context';
import type { LicenceOutput, RiskLevel } from './procedure-port';
import { ProcedureResult } from './procedure-result';
import { RequirementsChecklist, toggled } from './requirements-checklist';

/**
 * Licencia de funcionamiento (Ley 28976): the applicant (a person, or a company with its
 * representative), the premises, the risk level — which decides the ITSE timing, the requirements
 * to check, the fee and the legal time limit — and an observation when something is missing.
 * Registering it opens an expediente and prints its cargo.
 */
export function LicencePanel(env: PanelEnv): ReactNode {
  const { procedure, ticket, service, today, uitTable } = env;
  const t = useCounterT();
  const speech = useFieldSpeech();
  const port = useProcedurePort();
  const id = useId();
  const submit = usePanelSubmit();
  const [requestId] = useState(newRequestId);
  const [risk, setRisk] = useState<RiskLevel | null>(null);
  const [checked, setChecked] = useState<ReadonlySet<string>>(new Set());
  const [done, setDone] = useState<LicenceOutput | null>(null);
  const applicant = useApplicant();
  const tradeName = useCheckedField((text) => checkRequiredText(text, 120, speech));
  const address = useCheckedField((text) => checkRequiredText(text, 200, speech));
  const activity = useCheckedField((text) => checkRequiredText(text, 160, speech));
  const area = useCheckedField((text) => checkArea(text, speech));
  const rules = procedure.riskLevels ?? {};
  const levels = RISK_LEVELS.filter((level) => rules[level] !== undefined);
  const rule = risk ? rules[risk] : undefined;
  const requirements = [...procedure.requirements, ...(rule?.requirements ?? [])];
  const missing = requirements.filter((requirement) => !checked.has(requirement));
  const observation = useCheckedField((text) =>
    missing.length > 0 && text.trim() === ''
      ? { ok: false, message: t('proc.licence.missing') }
      : checkOptionalText(text, 500, speech),
  );

  async function send(): Promise<void> {
    const fieldsOk = validateAll([
      ...applicant.fields(),
      tradeName,
      activity,
      address,
      area,
      ...(risk ? [observation] : []),
    ]);
    if (!fieldsOk) {
      submit.setError(t('proc.fixErrors'));
      return;
    }
    if (!risk) {
      submit.setError(t('proc.licence.chooseRisk'));
      return;
    }
    const person = applicant.value();
    const note = valueOf(observation);
    const value = await submit.run(() =>
      port.licence({
        ticketId: ticket.id,
        procedureId: procedure.id,
        requestId,
        applicant: person,
        tradeName: valueOf(tradeName),
        address: valueOf(address),
        activity: valueOf(activity),
        areaM2: valueOf(area),
        riskLevel: risk,
        requirementsChecked: requirements.filter((requirement) => checked.has(requirement)),
        ...(note ? { observation: note } : {}),
      }),
    );
    if (value) setDone(value);
  }

  if (done) {
    return (
      <ProcedureResult
        summary={t('proc.licence.done', { itse: t(`proc.licence.itse.${done.itse}`) })}
        facts={[
          ...expedienteFacts(done.expediente, t),
          { term: t('proc.fee.label'), value: formatSoles(done.fee) },
          {
            term: t('proc.licence.risk'),
            value: `${risk ? t(`proc.risk.${risk}`) : ''} · ${t('proc.timeLimit', { days: done.timeLimitWorkingDays })}`,
          },
        ]}
        printed={{
          document: 'cargo',
          outcome: done.printed,
          reprint: { kind: 'cargo', ref: done.expediente.number },
        }}
        finish={{
          outcome: suggestOutcome(
            service.outcomes,
            missing.length > 0 ? OUTCOME_PREFERENCES.observed : OUTCOME_PREFERENCES.expediente,
          ),
          result: { kind: 'expediente', ref: done.expediente.number },
        }}
        onFinish={env.onFinish}
        onResult={env.onResult}
        finishEnabled={env.finishEnabled}
      />
    );
  }

  return (
    <PanelForm
      label={procedure.name}
      onSubmit={() => void send()}
      submitLabel={t('proc.licence.submit')}
      busy={submit.busy}
      error={submit.error}
    >
      <ApplicantFields state={applicant} allowCompany legend={t('proc.applicant.heading')} />
      <fieldset className="proc-group">
        <legend>{t('proc.licence.business')}</legend>
        <div className="proc-row">
          <TextField
            field={tradeName}
            label={t('proc.licence.tradeName')}
            required
            maxLength={120}
          />
          <TextField field={activity} label={t('proc.licence.activity')} required maxLength={160} />
        </div>
        <div className="proc-row">
          <TextField
            field={address}
            label={t('proc.licence.address')}
            required
            maxLength={200}
            className="proc-field--wide"
          />
          <TextField
            field={area}
            label={t('proc.licence.area')}
            required
            inputMode="decimal"
            maxLength={10}
            className="proc-field--narrow"
          />
        </div>
      </fieldset>
      <fieldset className="proc-group" aria-describedby={`${id}-itse`}>
        <legend>{t('proc.licence.risk')}</legend>
        {levels.length === 0 ? (
          <p className="proc-note">{t('proc.licence.noRisk')}</p>
        ) : (
          <div className="proc-row proc-row--center">
            {levels.map((level) => (
              <label key={level} className="proc-choice">
                <input
                  type="radio"
                  name={`${id}-risk`}
                  value={level}
                  checked={risk === level}
                  onChange={() => setRisk(level)}
                />
                {t(`proc.risk.${level}`)}
              </label>
            ))}
          </div>
        )}
        <p id={`${id}-itse`} className={rule ? 'proc-itse' : 'proc-note'}>
          {rule ? t(`proc.licence.itse.${rule.itse}`) : t('proc.licence.chooseRisk')}
        </p>
      </fieldset>
      {rule ? (
        <>
          <RequirementsChecklist
            requirements={requirements}
            checked={checked}
            onToggle={(requirement) => setChecked((set) => toggled(set, requirement))}
          />
          <FeeLine
            fee={rule.fee}
            year={Number(today.slice(0, 4))}
            uitTable={uitTable}
            timeLimitWorkingDays={rule.timeLimitWorkingDays}
          />
        </>
      ) : null}
      <TextField
        field={observation}
        label={t('proc.licence.observation')}
        multiline
        maxLength={500}
        className="proc-field--wide"
      />
    </PanelForm>
  );
}
