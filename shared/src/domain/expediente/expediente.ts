import type { CivilDate } from '../calendar/civil-date';
import { calendarDaysBetween } from '../calendar/civil-date';
import type { WorkingCalendar } from '../calendar/working-days';
import { addWorkingDays } from '../calendar/working-days';
import type { Result } from '../../protocol/result';
import { err, ok } from '../../protocol/result';
import type { ExpedienteResolution, ExpedienteState } from './expediente-state';
import { canMoveExpediente } from './expediente-state';

/** One step of an expediente's history: who moved it, when, why. */
export type ExpedienteStep = {
  state: ExpedienteState;
  /** Epoch ms. */
  at: number;
  /** The office day of `at`, for deadlines. */
  on: CivilDate;
  /** User id, or `system` for an automatic step (an observation that lapsed). */
  by: string;
  note: string | null;
  /** The office it was sent to (derivado). */
  office: string | null;
  resolution: ExpedienteResolution | null;
};

/** The part of an expediente the rules need (applicant data stays in the hub's record). */
export type ExpedienteProgress = {
  state: ExpedienteState;
  history: readonly ExpedienteStep[];
  /** Last day to fix an observation (2 working days after it), while one is open. */
  observationDeadline: CivilDate | null;
  /** The office that holds it now. */
  office: string | null;
  resolution: ExpedienteResolution | null;
};

/** Why a move was refused (the hub turns each into a coded, Spanish error). */
export const EXPEDIENTE_PROBLEMS = [
  'ILLEGAL_MOVE',
  'OFFICE_REQUIRED',
  'RESOLUTION_REQUIRED',
  'OBSERVATION_LAPSED',
  'OBSERVATION_STILL_OPEN',
  'NOTE_REQUIRED',
] as const;

/** One of {@link EXPEDIENTE_PROBLEMS}. */
export type ExpedienteProblem = (typeof EXPEDIENTE_PROBLEMS)[number];

/** A requested move. */
export type ExpedienteMove = {
  to: ExpedienteState;
  at: number;
  on: CivilDate;
  by: string;
  note?: string | null;
  office?: string | null;
  resolution?: ExpedienteResolution | null;
};

/** Working days an applicant has to fix an observation (TUO Ley 27444, art. 136). */
export const OBSERVATION_TERM_WORKING_DAYS = 2;

/** A new expediente, received now at `office` (the reception desk). */
export function receiveExpediente(
  step: Omit<ExpedienteMove, 'to' | 'resolution'>,
): ExpedienteProgress {
  const office = step.office ?? null;
  return {
    state: 'recibido',
    history: [
      {
        state: 'recibido',
        at: step.at,
        on: step.on,
        by: step.by,
        note: step.note ?? null,
        office,
        resolution: null,
      },
    ],
    observationDeadline: null,
    office,
    resolution: null,
  };
}

/**
 * The expediente after `move`, or why it may not happen: the transition table, an office for
 * derivado, a resolution for resuelto, a note saying what is missing for observado, and the
 * observation term (fixing after it lapsed is refused; "no presentado" before it lapsed too).
 */
export function moveExpediente(
  current: ExpedienteProgress,
  move: ExpedienteMove,
  calendar: WorkingCalendar,
): Result<ExpedienteProgress, ExpedienteProblem> {
  if (!canMoveExpediente(current.state, move.to)) return err('ILLEGAL_MOVE');
  const note = move.note?.trim() || null;
  const office = move.office?.trim() || null;
  if (move.to === 'derivado' && office === null) return err('OFFICE_REQUIRED');
  if (move.to === 'resuelto' && !move.resolution) return err('RESOLUTION_REQUIRED');
  if (move.to === 'observado' && note === null) return err('NOTE_REQUIRED');
  if (current.observationDeadline !== null) {
    const lapsed = calendarDaysBetween(current.observationDeadline, move.on) > 0;
    if (move.to === 'subsanado' && lapsed) return err('OBSERVATION_LAPSED');
    if (move.to === 'no-presentado' && !lapsed) return err('OBSERVATION_STILL_OPEN');
  }
  const resolution = move.to === 'resuelto' ? (move.resolution ?? null) : null;
  const step: ExpedienteStep = {
    state: move.to,
    at: move.at,
    on: move.on,
    by: move.by,
    note,
    office: move.to === 'derivado' ? office : null,
    resolution,
  };
  return ok({
    state: move.to,
    history: [...current.history, step],
    observationDeadline:
      move.to === 'observado'
        ? addWorkingDays(move.on, OBSERVATION_TERM_WORKING_DAYS, calendar)
        : null,
    office: step.office ?? current.office,
    resolution: resolution ?? current.resolution,
  });
}

/** True when an open observation's term ended before `today`: the hub then records "no presentado". */
export function observationLapsed(progress: ExpedienteProgress, today: CivilDate): boolean {
  return (
    progress.state === 'observado' &&
    progress.observationDeadline !== null &&
    calendarDaysBetween(progress.observationDeadline, today) > 0
  );
}

/** The last day of a legal time limit of `workingDays` counted from reception. */
export function resolutionDueOn(
  progress: ExpedienteProgress,
  workingDays: number,
  calendar: WorkingCalendar,
): CivilDate {
  const received = progress.history[0];
  if (!received) throw new RangeError('An expediente always starts with its reception');
  return addWorkingDays(received.on, workingDays, calendar);
}
