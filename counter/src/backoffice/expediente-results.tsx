import { expedienteStateName } from '@cac/shared/i18n';
import { useLanguage } from '@cac/shared/react';
import type { ReactNode } from 'react';
import type { ExpedienteSummary } from './expediente-port';
import { EXPEDIENTE_FIND_LIMIT } from './expediente-port';
import { formatCivilDate, formatDateTime } from './format';
import { useCounterT } from '../counter-text';

/** Props of {@link ExpedienteResults}. */
export type ExpedienteResultsProps = {
  expedientes: readonly ExpedienteSummary[];
  timeZone: string;
  onOpen: (number: string) => void;
};

/**
 * The expedientes found, newest first: number (opens it), procedure, applicant, state in words,
 * reception and the time limit to answer; one past its limit says "Plazo vencido" with a sign,
 * not only a colour.
 */
export function ExpedienteResults({
  expedientes,
  timeZone,
  onOpen,
}: ExpedienteResultsProps): ReactNode {
  const t = useCounterT();
  const language = useLanguage();
  return (
    <section className="panel backoffice-results" aria-labelledby="backoffice-results-heading">
      <div className="backoffice-results__header">
        <h3 id="backoffice-results-heading">{t('backoffice.results.heading')}</h3>
        <p className="backoffice-results__count" role="status">
          {t('backoffice.results.count', { count: expedientes.length })}
        </p>
      </div>
      {expedientes.length >= EXPEDIENTE_FIND_LIMIT ? (
        <p>{t('backoffice.results.limited', { count: EXPEDIENTE_FIND_LIMIT })}</p>
      ) : null}
      {expedientes.length === 0 ? (
        <p>{t('backoffice.results.empty')}</p>
      ) : (
        <table className="data-table backoffice-table">
          <thead>
            <tr>
              <th scope="col">{t('backoffice.results.number')}</th>
              <th scope="col">{t('backoffice.results.procedure')}</th>
              <th scope="col">{t('backoffice.results.applicant')}</th>
              <th scope="col">{t('backoffice.results.state')}</th>
              <th scope="col">{t('backoffice.results.received')}</th>
              <th scope="col">{t('backoffice.results.due')}</th>
            </tr>
          </thead>
          <tbody>
            {expedientes.map((expediente) => (
              <tr
                key={expediente.number}
                className={expediente.overdue ? 'backoffice-row--overdue' : undefined}
              >
                <th scope="row">
                  <button
                    type="button"
                    className="backoffice-link"
                    data-number={expediente.number}
                    onClick={() => onOpen(expediente.number)}
                  >
                    {expediente.number}
                  </button>
                </th>
                <td>{expediente.procedureName}</td>
                <td>
                  {expediente.applicantName ?? t('backoffice.none')}
                  {expediente.applicantDocument ? (
                    <span className="backoffice-detail-line">{expediente.applicantDocument}</span>
                  ) : null}
                </td>
                <td className="backoffice-state">
                  {expedienteStateName(expediente.state, language)}
                </td>
                <td className="backoffice-nowrap">
                  {formatDateTime(expediente.createdAt, timeZone, language)}
                </td>
                <td className="backoffice-nowrap">
                  {expediente.dueOn ? formatCivilDate(expediente.dueOn) : t('backoffice.noDue')}
                  {expediente.overdue ? (
                    <span className="backoffice-overdue">
                      <span aria-hidden="true">⚠ </span>
                      {t('backoffice.overdue')}
                    </span>
                  ) : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
