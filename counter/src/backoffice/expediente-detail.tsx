import { EXPEDIENTE_STATE_TEXT_CATALOGS, expedienteStateName } from '@cac/shared/i18n';
import { useLanguage, useT } from '@cac/shared/react';
import type { ReactNode, RefObject } from 'react';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { BackofficeMessageKey } from './backoffice-messages.es';
import { describePortError } from './describe-port-error';
import type { Applicant, ExpedienteDetail } from './expediente-port';
import { useExpedientePort } from './expediente-port';
import { formatCivilDate, formatDateTime } from './format';
import { MoveExpedienteDialog } from './move-expediente-dialog';
import type { MoveTarget } from './move-targets';
import { moveTargets } from './move-targets';
import type { CounterTranslate } from '../counter-text';
import { useCounterT } from '../counter-text';

/** Props of {@link ExpedienteDetailView}. */
export type ExpedienteDetailViewProps = {
  expediente: ExpedienteDetail;
  timeZone: string;
  /** Where a derivation may go (the procedure's destination offices). */
  offices: readonly string[];
  onBack: () => void;
  /** The hub moved it: its new detail. */
  onMoved: (expediente: ExpedienteDetail) => void;
  /** The heading, focused on opening and after a move. */
  headingRef: RefObject<HTMLHeadingElement | null>;
};

/** Procedure fields the back office names; any other shows under its own key. */
const FIELD_KEYS = {
  documentType: 'backoffice.field.documentType',
  subject: 'backoffice.field.subject',
  folios: 'backoffice.field.folios',
  destinationOffice: 'backoffice.field.destinationOffice',
  observation: 'backoffice.field.observation',
  tradeName: 'backoffice.field.tradeName',
  address: 'backoffice.field.address',
  activity: 'backoffice.field.activity',
  areaM2: 'backoffice.field.areaM2',
  riskLevel: 'backoffice.field.riskLevel',
  itse: 'backoffice.field.itse',
  requirementsChecked: 'backoffice.field.requirementsChecked',
} as const satisfies Record<string, BackofficeMessageKey>;

function isNamedField(key: string): key is keyof typeof FIELD_KEYS {
  return Object.hasOwn(FIELD_KEYS, key);
}

function fieldLabel(key: string, t: CounterTranslate): string {
  return isNamedField(key) ? t(FIELD_KEYS[key]) : key;
}

/** A recorded value in words; null for what has nothing to show. */
function fieldValue(value: unknown, t: CounterTranslate): string | null {
  if (typeof value === 'string') return value.trim() === '' ? null : value;
  if (typeof value === 'number') return String(value);
  if (typeof value === 'boolean') return value ? t('backoffice.yes') : t('backoffice.no');
  if (Array.isArray(value)) {
    const items = value.filter((item): item is string | number =>
      ['string', 'number'].includes(typeof item),
    );
    return items.length > 0 ? items.join('; ') : null;
  }
  return null;
}

function ApplicantFacts({ applicant }: { applicant: Applicant }): ReactNode {
  const t = useCounterT();
  if (applicant.kind === 'person') {
    return (
      <dl className="backoffice-facts">
        <dt>{t('backoffice.applicant.kind')}</dt>
        <dd>{t('backoffice.applicant.person')}</dd>
        <dt>{t('backoffice.applicant.names')}</dt>
        <dd>{applicant.names}</dd>
        <dt>{t('backoffice.applicant.document')}</dt>
        <dd>
          {t('backoffice.applicant.documentValue', {
            type: t(`backoffice.documentType.${applicant.documentType}`),
            document: applicant.document,
          })}
        </dd>
      </dl>
    );
  }
  return (
    <dl className="backoffice-facts">
      <dt>{t('backoffice.applicant.kind')}</dt>
      <dd>{t('backoffice.applicant.company')}</dd>
      <dt>{t('backoffice.applicant.businessName')}</dt>
      <dd>{applicant.businessName}</dd>
      <dt>{t('backoffice.applicant.ruc')}</dt>
      <dd>{applicant.ruc}</dd>
      <dt>{t('backoffice.applicant.representative')}</dt>
      <dd>
        {t('backoffice.applicant.representativeValue', {
          names: applicant.representative.names,
          dni: applicant.representative.dni,
        })}
      </dd>
    </dl>
  );
}

/**
 * One expediente in full: its state and time limits in words, the applicant, the procedure's
 * data, the whole history (state, when in the office's time, who, note, office, resolution), the
 * moves its state allows (each opens its dialog) and "Reimprimir cargo".
 */
export function ExpedienteDetailView({
  expediente,
  timeZone,
  offices,
  onBack,
  onMoved,
  headingRef,
}: ExpedienteDetailViewProps): ReactNode {
  const t = useCounterT();
  const sharedT = useT();
  const language = useLanguage();
  const port = useExpedientePort();
  const [moving, setMoving] = useState<MoveTarget | null>(null);
  const [notice, setNotice] = useState('');
  const [printing, setPrinting] = useState(false);
  const fallbackFocus = useCallback(() => headingRef.current, [headingRef]);
  // After a move the buttons change with the new state: the focus goes to the heading, after the
  // dialog's clean-up (which would hand it back to its opener) has run in the same commit.
  const focusHeading = useRef(false);
  useEffect(() => {
    if (moving !== null || !focusHeading.current) return;
    focusHeading.current = false;
    headingRef.current?.focus();
  }, [moving, headingRef]);
  const stateTexts = EXPEDIENTE_STATE_TEXT_CATALOGS[language].messages;
  const moves = moveTargets(expediente.state);
  const details = Object.entries(expediente.details)
    .map(([key, value]) => ({ key, label: fieldLabel(key, t), value: fieldValue(value, t) }))
    .filter((field) => field.value !== null);

  async function reprint(): Promise<void> {
    if (!port) return;
    setPrinting(true);
    setNotice('');
    const result = await port.reprint({ kind: 'cargo', ref: expediente.number });
    setPrinting(false);
    if (!result.ok) {
      setNotice(
        t('backoffice.reprint.failed', {
          reason: describePortError(result.error, sharedT, language),
        }),
      );
    } else if (result.value.printed === null) {
      setNotice(t('backoffice.reprint.noPrinter'));
    } else if (result.value.printed.ok) {
      setNotice(t('backoffice.reprint.done', { number: expediente.number }));
    } else {
      setNotice(t('backoffice.reprint.failed', { reason: result.value.printed.message }));
    }
  }

  return (
    <article className="backoffice-detail" aria-labelledby="backoffice-detail-heading">
      <div className="backoffice-detail__header">
        <button type="button" className="button" onClick={onBack}>
          <span aria-hidden="true">← </span>
          {t('backoffice.detail.back')}
        </button>
        <h3 id="backoffice-detail-heading" ref={headingRef} tabIndex={-1}>
          {t('backoffice.detail.title', { number: expediente.number })}
        </h3>
        <p className="backoffice-detail__title">{expediente.documentTitle}</p>
        <button type="button" className="button" disabled={printing} onClick={() => void reprint()}>
          {t('backoffice.reprint')}
        </button>
      </div>
      <p className="backoffice-notice" role="status">
        {notice}
      </p>

      <div className="backoffice-detail__grid">
        <section className="panel" aria-labelledby="backoffice-state-heading">
          <h4 id="backoffice-state-heading">{t('backoffice.detail.state')}</h4>
          <p className="backoffice-state backoffice-state--large">
            {expedienteStateName(expediente.state, language)}
          </p>
          <dl className="backoffice-facts">
            <dt>{t('backoffice.detail.procedure')}</dt>
            <dd>{expediente.procedureName}</dd>
            <dt>{t('backoffice.detail.received')}</dt>
            <dd>{formatDateTime(expediente.createdAt, timeZone, language)}</dd>
            {expediente.resolution ? (
              <>
                <dt>{t('backoffice.detail.resolution')}</dt>
                <dd>{stateTexts[`resolution.${expediente.resolution}`]}</dd>
              </>
            ) : null}
            {expediente.observationDeadline ? (
              <>
                <dt>{t('backoffice.detail.observationDeadline')}</dt>
                <dd>
                  {t('backoffice.detail.untilDate', {
                    date: formatCivilDate(expediente.observationDeadline),
                  })}
                </dd>
              </>
            ) : null}
            <dt>{t('backoffice.detail.dueOn')}</dt>
            <dd>
              {expediente.dueOn === null ? t('backoffice.noDue') : null}
              {expediente.dueOn !== null && expediente.overdue ? (
                <span className="backoffice-overdue">
                  <span aria-hidden="true">⚠ </span>
                  {t('backoffice.detail.overdueSince', { date: formatCivilDate(expediente.dueOn) })}
                </span>
              ) : null}
              {expediente.dueOn !== null && !expediente.overdue
                ? t('backoffice.detail.untilDate', { date: formatCivilDate(expediente.dueOn) })
                : null}
            </dd>
          </dl>
          <h4 id="backoffice-moves-heading">{t('backoffice.moves.heading')}</h4>
          {moves.length === 0 ? (
            <p>{t('backoffice.moves.none')}</p>
          ) : (
            <div
              className="backoffice-moves"
              role="group"
              aria-labelledby="backoffice-moves-heading"
            >
              {moves.map((to) => (
                <button
                  key={to}
                  type="button"
                  className="button"
                  onClick={() => {
                    setNotice('');
                    setMoving(to);
                  }}
                >
                  {t(`backoffice.move.${to}`)}
                </button>
              ))}
            </div>
          )}
        </section>

        <section className="panel" aria-labelledby="backoffice-applicant-heading">
          <h4 id="backoffice-applicant-heading">{t('backoffice.applicant.heading')}</h4>
          {expediente.applicant ? (
            <ApplicantFacts applicant={expediente.applicant} />
          ) : (
            <p>{expediente.applicantName ?? t('backoffice.none')}</p>
          )}
          {details.length > 0 ? (
            <>
              <h4>{t('backoffice.details.heading')}</h4>
              <dl className="backoffice-facts">
                {details.map((field) => (
                  <div key={field.key} className="backoffice-facts__row">
                    <dt>{field.label}</dt>
                    <dd>{field.value}</dd>
                  </div>
                ))}
              </dl>
            </>
          ) : null}
        </section>
      </div>

      <section className="panel backoffice-history" aria-labelledby="backoffice-history-heading">
        <h4 id="backoffice-history-heading">{t('backoffice.history.heading')}</h4>
        <table className="data-table backoffice-table">
          <thead>
            <tr>
              <th scope="col">{t('backoffice.history.state')}</th>
              <th scope="col">{t('backoffice.history.when')}</th>
              <th scope="col">{t('backoffice.history.by')}</th>
              <th scope="col">{t('backoffice.history.note')}</th>
              <th scope="col">{t('backoffice.history.office')}</th>
              <th scope="col">{t('backoffice.history.resolution')}</th>
            </tr>
          </thead>
          <tbody>
            {expediente.history.map((step, index) => (
              <tr key={`${index}-${step.state}-${step.at}`}>
                <th scope="row">{expedienteStateName(step.state, language)}</th>
                <td className="backoffice-nowrap">{formatDateTime(step.at, timeZone, language)}</td>
                <td>
                  {step.by === 'system' ? t('backoffice.history.system') : (step.byName ?? step.by)}
                </td>
                <td className="backoffice-note">{step.note ?? t('backoffice.none')}</td>
                <td>{step.office ?? t('backoffice.none')}</td>
                <td>
                  {step.resolution
                    ? stateTexts[`resolution.${step.resolution}`]
                    : t('backoffice.none')}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>

      {moving ? (
        <MoveExpedienteDialog
          expediente={expediente}
          to={moving}
          offices={offices}
          onClose={() => setMoving(null)}
          fallbackFocus={fallbackFocus}
          onDone={(moved) => {
            focusHeading.current = true;
            setMoving(null);
            setNotice(
              t('backoffice.move.done', {
                number: moved.number,
                state: expedienteStateName(moved.state, language),
              }),
            );
            onMoved(moved);
          }}
        />
      ) : null}
    </article>
  );
}
