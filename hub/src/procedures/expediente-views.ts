import type { ExpedienteState } from '@cac/shared/domain';
import { calendarDaysBetween } from '@cac/shared/domain';
import type { Applicant, ExpedienteDetail, ExpedienteSummary } from '@cac/shared/protocol';
import type { StoredExpediente } from '../expedientes/expediente-repository';
import { applicantNameOf } from './applicant';
import { officeDay } from './attending';
import type { ProcedureDeps } from './procedure-deps';

/** States in which the applicant still waits for the municipality's answer. */
const AWAITING_ANSWER: ReadonlySet<ExpedienteState> = new Set([
  'recibido',
  'subsanado',
  'derivado',
  'en-evaluacion',
]);

export function expedienteSummary(
  deps: ProcedureDeps,
  stored: StoredExpediente,
): ExpedienteSummary {
  const today = officeDay(deps.config(), deps.now());
  return {
    number: stored.number,
    documentTitle: deps.expedientes.documentTitle(stored),
    procedureName: stored.procedureName,
    applicantName: applicantNameOf(stored.applicant),
    applicantDocument: stored.applicantDocument,
    state: stored.progress.state,
    createdAt: stored.createdAt,
    dueOn: stored.dueOn,
    overdue:
      stored.dueOn !== null &&
      AWAITING_ANSWER.has(stored.progress.state) &&
      calendarDaysBetween(stored.dueOn, today) > 0,
  };
}

/** The whole expediente for staff; the applicant only when `forStaff`. */
export function expedienteDetail(
  deps: ProcedureDeps,
  stored: StoredExpediente,
  forStaff: boolean,
): ExpedienteDetail {
  const names = new Map(deps.config().users.map((user) => [user.id, user.name]));
  return {
    ...expedienteSummary(deps, stored),
    accessKey: stored.accessKey,
    // Stored from a validated payload (procedure:intake / procedure:licence).
    applicant: forStaff ? (stored.applicant as Applicant) : null,
    details: stored.details,
    office: stored.progress.office,
    observationDeadline: stored.progress.observationDeadline,
    resolution: stored.progress.resolution,
    history: stored.progress.history.map((step) => ({
      state: step.state,
      at: step.at,
      by: step.by,
      byName: names.get(step.by) ?? null,
      note: step.note,
      office: step.office,
      resolution: step.resolution,
    })),
  };
}
