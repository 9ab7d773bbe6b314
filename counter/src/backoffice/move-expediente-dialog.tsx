import type { ExpedienteResolution } from '@cac/shared/domain';
import { EXPEDIENTE_RESOLUTIONS, OBSERVATION_TERM_WORKING_DAYS } from '@cac/shared/domain';
import { EXPEDIENTE_STATE_TEXT_CATALOGS, expedienteStateName } from '@cac/shared/i18n';
import { useLanguage, useT } from '@cac/shared/react';
import type { ReactNode } from 'react';
import { useId, useState } from 'react';
import { FormDialog } from '../form-dialog';
import { describePortError } from './describe-port-error';
import type { ExpedienteDetail, ExpedienteMovePayload } from './expediente-port';
import { useExpedientePort } from './expediente-port';
import type { MoveTarget } from './move-targets';
import { useCounterT } from '../counter-text';

/** The hub's limit for a note (`NoteSchema`) and for an office's name. */
const NOTE_MAX = 500;
const OFFICE_MAX = 120;
/** The select's value for "another office, typed". */
const OTHER_OFFICE = '\u0000other';

/** Props of {@link MoveExpedienteDialog}. */
export type MoveExpedienteDialogProps = {
  expediente: ExpedienteDetail;
  to: MoveTarget;
  /** Offices it may be sent to (the procedure's destinations); another may be typed. */
  offices: readonly string[];
  /** The hub moved it: its new detail. */
  onDone: (expediente: ExpedienteDetail) => void;
  onClose: () => void;
  fallbackFocus?: () => HTMLElement | null;
};

type Problem = 'office' | 'resolution' | 'missing';

/**
 * Moves an expediente to one of the states its current one allows, asking for what that step
 * needs: the office for a derivation (from the procedure's list, or typed), the resolution for a
 * decision, what is missing for an observation; a note otherwise, optional. What the form can
 * check it checks before sending; the hub's refusal (e.g. an observation term that has not lapsed)
 * shows inside the dialog, which stays open.
 */
export function MoveExpedienteDialog({
  expediente,
  to,
  offices,
  onDone,
  onClose,
  fallbackFocus,
}: MoveExpedienteDialogProps): ReactNode {
  const t = useCounterT();
  const sharedT = useT();
  const language = useLanguage();
  const port = useExpedientePort();
  const id = useId();
  const [officeChoice, setOfficeChoice] = useState(offices.length > 0 ? '' : OTHER_OFFICE);
  const [officeTyped, setOfficeTyped] = useState('');
  const [resolution, setResolution] = useState<ExpedienteResolution | null>(null);
  const [note, setNote] = useState('');
  const [tried, setTried] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const office = (officeChoice === OTHER_OFFICE ? officeTyped : officeChoice).trim();
  const problems = new Set<Problem>();
  if (to === 'derivado' && office === '') problems.add('office');
  if (to === 'resuelto' && resolution === null) problems.add('resolution');
  if (to === 'observado' && note.trim() === '') problems.add('missing');
  const shows = (problem: Problem) => tried && problems.has(problem);

  async function confirm(): Promise<void> {
    setTried(true);
    if (problems.size > 0 || !port) return;
    const trimmed = note.trim();
    const payload: ExpedienteMovePayload = {
      number: expediente.number,
      to,
      ...(trimmed === '' ? {} : { note: trimmed }),
      ...(to === 'derivado' ? { office } : {}),
      ...(to === 'resuelto' && resolution !== null ? { resolution } : {}),
    };
    setBusy(true);
    setError(null);
    const result = await port.move(payload);
    setBusy(false);
    if (result.ok) onDone(result.value.expediente);
    else setError(describePortError(result.error, sharedT, language));
  }

  const resolutionNames = EXPEDIENTE_STATE_TEXT_CATALOGS[language].messages;
  const problemId = (problem: Problem) => `${id}-${problem}-problem`;
  const invalidProps = (problem: Problem) => ({
    'aria-invalid': shows(problem),
    'aria-describedby': shows(problem) ? problemId(problem) : undefined,
  });
  const problemText = (problem: Problem, text: string) =>
    shows(problem) ? (
      <p id={problemId(problem)} className="backoffice-field__problem">
        {text}
      </p>
    ) : null;

  return (
    <FormDialog
      title={t(`backoffice.moveTitle.${to}`, { number: expediente.number })}
      confirmLabel={t(`backoffice.move.${to}`)}
      onConfirm={() => void confirm()}
      onClose={onClose}
      busy={busy}
      error={error}
      fallbackFocus={fallbackFocus}
    >
      <p>
        {t('backoffice.move.body', {
          from: expedienteStateName(expediente.state, language),
          to: expedienteStateName(to, language),
        })}
      </p>

      {to === 'derivado' && offices.length > 0 ? (
        <div className="backoffice-field">
          <label htmlFor={`${id}-office`}>{t('backoffice.move.office')}</label>
          <select
            id={`${id}-office`}
            value={officeChoice}
            onChange={(event) => setOfficeChoice(event.target.value)}
            {...(officeChoice === OTHER_OFFICE ? {} : invalidProps('office'))}
          >
            <option value="">{t('backoffice.move.chooseOffice')}</option>
            {offices.map((name) => (
              <option key={name} value={name}>
                {name}
              </option>
            ))}
            <option value={OTHER_OFFICE}>{t('backoffice.move.otherOffice')}</option>
          </select>
          {officeChoice === OTHER_OFFICE
            ? null
            : problemText('office', t('backoffice.move.officeRequired'))}
        </div>
      ) : null}
      {to === 'derivado' && officeChoice === OTHER_OFFICE ? (
        <div className="backoffice-field">
          <label htmlFor={`${id}-office-typed`}>
            {offices.length > 0 ? t('backoffice.move.officeTyped') : t('backoffice.move.office')}
          </label>
          <input
            id={`${id}-office-typed`}
            type="text"
            value={officeTyped}
            maxLength={OFFICE_MAX}
            autoComplete="off"
            onChange={(event) => setOfficeTyped(event.target.value)}
            {...invalidProps('office')}
          />
          {problemText('office', t('backoffice.move.officeRequired'))}
        </div>
      ) : null}

      {to === 'resuelto' ? (
        <fieldset
          className="backoffice-choices"
          {...(shows('resolution') ? { 'aria-describedby': problemId('resolution') } : {})}
        >
          <legend>{t('backoffice.move.resolution')}</legend>
          {EXPEDIENTE_RESOLUTIONS.map((option) => (
            <label key={option} className="backoffice-choice">
              <input
                type="radio"
                name={`${id}-resolution`}
                value={option}
                checked={resolution === option}
                onChange={() => setResolution(option)}
              />
              {resolutionNames[`resolution.${option}`]}
            </label>
          ))}
          {problemText('resolution', t('backoffice.move.resolutionRequired'))}
        </fieldset>
      ) : null}

      {to === 'observado' ? (
        <p>{t('backoffice.move.observationTerm', { count: OBSERVATION_TERM_WORKING_DAYS })}</p>
      ) : null}
      <div className="backoffice-field">
        <label htmlFor={`${id}-note`}>
          {to === 'observado' ? t('backoffice.move.missing') : t('backoffice.move.note')}
        </label>
        <textarea
          id={`${id}-note`}
          value={note}
          rows={2}
          maxLength={NOTE_MAX}
          required={to === 'observado'}
          onChange={(event) => setNote(event.target.value)}
          {...(to === 'observado' ? invalidProps('missing') : {})}
        />
        {problemText('missing', t('backoffice.move.missingRequired'))}
      </div>
    </FormDialog>
  );
}
