import { newRequestId } from '@cac/shared/client';
import type { ReactNode } from 'react';
import { useId, useState } from 'react';
import { useCounterT } from '../counter-text';
import { ApplicantFields, useApplicant, useFieldSpeech } from './applicant-fields';
import { TextField, useCheckedField, validateAll, valueOf } from './checked-field';
import { expedienteFacts } from './expediente-facts';
import { FeeLine } from './fee-line';
import {
  checkFolios,
  checkOptionalText,
  checkRequiredText,
  civilDateText,
} from './field-validation';
import { OUTCOME_PREFERENCES, suggestOutcome } from './outcome-choice';
import type { PanelEnv } from './panel-env';
import { PanelForm } from './panel-form';
import { usePanelSubmit } from './panel-submit';
import { useProcedurePort } from './procedure-context';
import type { IntakeOutput } from './procedure-port';
import { ProcedureResult } from './procedure-result';
import { RequirementsChecklist, toggled } from './requirements-checklist';

/**
 * Mesa de partes: the applicant, the document (type, subject, folios), its destination office and,
 * when something is wrong with it, the observation made at intake — the applicant then has
 * 2 working days to fix it (TUO Ley 27444 art. 136). Registering opens an expediente and prints
 * its cargo on the window's printer.
 */
export function IntakePanel(env: PanelEnv): ReactNode {
  const { procedure, ticket, service, today, uitTable } = env;
  const t = useCounterT();
  const speech = useFieldSpeech();
  const port = useProcedurePort();
  const id = useId();
  const submit = usePanelSubmit();
  const [requestId] = useState(newRequestId);
  const [checked, setChecked] = useState<ReadonlySet<string>>(new Set());
  const documentTypes = procedure.documentTypes ?? [];
  const offices = procedure.destinationOffices ?? [];
  const [documentType, setDocumentType] = useState(documentTypes[0] ?? '');
  const [office, setOffice] = useState(offices[0] ?? '');
  const [done, setDone] = useState<IntakeOutput | null>(null);
  const applicant = useApplicant();
  const subject = useCheckedField((text) => checkRequiredText(text, 300, speech));
  const folios = useCheckedField((text) => checkFolios(text, speech));
  const observation = useCheckedField((text) => checkOptionalText(text, 500, speech));
  const documentTypeOk = documentType.trim() !== '';
  const officeOk = office.trim() !== '';

  async function send(): Promise<void> {
    const fieldsOk = validateAll([...applicant.fields(), subject, folios, observation]);
    if (!fieldsOk || !documentTypeOk || !officeOk) {
      submit.setError(t('proc.fixErrors'));
      return;
    }
    const person = applicant.value();
    const note = valueOf(observation);
    const value = await submit.run(() =>
      port.intake({
        ticketId: ticket.id,
        procedureId: procedure.id,
        requestId,
        applicant: person,
        documentType,
        subject: valueOf(subject),
        folios: valueOf(folios),
        destinationOffice: office,
        ...(note ? { observation: note } : {}),
      }),
    );
    if (value) setDone(value);
  }

  if (done) {
    const deadline = done.expediente.observationDeadline;
    return (
      <ProcedureResult
        summary={
          deadline
            ? t('proc.intake.observed', { date: civilDateText(deadline) })
            : t('proc.intake.done')
        }
        facts={expedienteFacts(done.expediente, t)}
        printed={{
          document: 'cargo',
          outcome: done.printed,
          reprint: { kind: 'cargo', ref: done.expediente.number },
        }}
        finish={{
          outcome: suggestOutcome(
            service.outcomes,
            deadline ? OUTCOME_PREFERENCES.observed : OUTCOME_PREFERENCES.expediente,
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
      submitLabel={t('proc.intake.submit')}
      busy={submit.busy}
      error={submit.error}
    >
      <RequirementsChecklist
        requirements={procedure.requirements}
        checked={checked}
        onToggle={(requirement) => setChecked((set) => toggled(set, requirement))}
      />
      <ApplicantFields state={applicant} allowCompany legend={t('proc.applicant.heading')} />
      <fieldset className="proc-group">
        <legend>{t('proc.intake.document')}</legend>
        <div className="proc-row">
          <div className="proc-field proc-field--narrow">
            <label htmlFor={`${id}-type`}>{t('proc.intake.documentType')}</label>
            <select
              id={`${id}-type`}
              value={documentType}
              onChange={(event) => setDocumentType(event.target.value)}
            >
              {documentTypes.map((type) => (
                <option key={type} value={type}>
                  {type}
                </option>
              ))}
            </select>
          </div>
          <TextField
            field={subject}
            label={t('proc.intake.subject')}
            required
            maxLength={300}
            className="proc-field--wide"
          />
          <TextField
            field={folios}
            label={t('proc.intake.folios')}
            required
            inputMode="numeric"
            maxLength={4}
            className="proc-field--tiny"
          />
        </div>
        <div className="proc-row">
          <div className="proc-field">
            <label htmlFor={`${id}-office`}>{t('proc.intake.destination')}</label>
            <select
              id={`${id}-office`}
              value={office}
              onChange={(event) => setOffice(event.target.value)}
            >
              {offices.map((name) => (
                <option key={name} value={name}>
                  {name}
                </option>
              ))}
            </select>
          </div>
        </div>
        <TextField
          field={observation}
          label={t('proc.intake.observation')}
          hint={t('proc.intake.observationHint')}
          multiline
          maxLength={500}
          className="proc-field--wide"
        />
      </fieldset>
      <FeeLine
        fee={procedure.fee}
        year={Number(today.slice(0, 4))}
        uitTable={uitTable}
        timeLimitWorkingDays={procedure.timeLimitWorkingDays}
      />
    </PanelForm>
  );
}
