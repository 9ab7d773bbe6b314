import type { Actor, ExpedienteProblem } from '@cac/shared/domain';
import { validateCarneExtranjeria, validateDni, validateRuc } from '@cac/shared/domain';
import type {
  AppError,
  ProcedureCommandPayload,
  ProcedureCommandValue,
  Result,
} from '@cac/shared/protocol';
import { err, ok } from '@cac/shared/protocol';
import { appError } from '../errors/app-errors';
import { addCalendarDays } from '@cac/shared/domain';
import { expedienteDetail, expedienteSummary } from './expediente-views';
import { startOfOfficeDay } from './office-day-bounds';
import type { ProcedureDeps } from './procedure-deps';

/** The back office's list is for finding, not for exporting: reports come with issue 7. */
const FIND_LIMIT = 100;

/** Why a move was refused, in the words the back office reads. */
const MOVE_REASONS: Readonly<Record<ExpedienteProblem, string>> = {
  ILLEGAL_MOVE: 'ese paso no sigue al estado actual.',
  OFFICE_REQUIRED: 'para derivarlo, indique la oficina de destino.',
  RESOLUTION_REQUIRED:
    'para resolverlo, indique la resolución (aprobado, denegado o silencio positivo).',
  OBSERVATION_LAPSED: 'el plazo para subsanar ya venció; corresponde «no presentado».',
  OBSERVATION_STILL_OPEN: 'el plazo para subsanar aún no vence.',
  NOTE_REQUIRED: 'para observarlo, escriba qué falta.',
};

/** A document as stored with expedientes: DNI without its check, RUC and CE as typed. */
function normalizedDocument(text: string): string {
  for (const check of [validateDni(text), validateRuc(text), validateCarneExtranjeria(text)]) {
    if (check.valid) return check.normalized;
  }
  return text.trim().toUpperCase();
}

export function expedienteFind(
  payload: ProcedureCommandPayload<'expediente:find'>,
  _actor: Actor,
  deps: ProcedureDeps,
): Result<ProcedureCommandValue<'expediente:find'>, AppError> {
  const { timeZone } = deps.config().office;
  const found = deps.expedienteRepository.find({
    ...(payload.number !== undefined ? { number: payload.number } : {}),
    ...(payload.document !== undefined
      ? { applicantDocument: normalizedDocument(payload.document) }
      : {}),
    ...(payload.state !== undefined ? { state: payload.state } : {}),
    ...(payload.from !== undefined ? { from: startOfOfficeDay(payload.from, timeZone) } : {}),
    // `to` is inclusive: everything before the next day's first instant.
    ...(payload.to !== undefined
      ? { to: startOfOfficeDay(addCalendarDays(payload.to, 1), timeZone) }
      : {}),
    limit: FIND_LIMIT,
  });
  return ok({ expedientes: found.map((stored) => expedienteSummary(deps, stored)) });
}

export function expedienteGet(
  payload: ProcedureCommandPayload<'expediente:get'>,
  actor: Actor,
  deps: ProcedureDeps,
): Result<ProcedureCommandValue<'expediente:get'>, AppError> {
  const stored = deps.expedienteRepository.get(payload.number);
  if (!stored) return err(appError('EXPEDIENTE_UNKNOWN', { number: payload.number }));
  const forStaff = actor.role === 'clerk' || actor.role === 'supervisor' || actor.role === 'admin';
  return ok({ expediente: expedienteDetail(deps, stored, forStaff) });
}

export function expedienteMove(
  payload: ProcedureCommandPayload<'expediente:move'>,
  actor: Actor,
  deps: ProcedureDeps,
): Result<ProcedureCommandValue<'expediente:move'>, AppError> {
  const moved = deps.expedientes.move(payload.number, {
    to: payload.to,
    by: actor.id,
    note: payload.note ?? null,
    office: payload.office ?? null,
    resolution: payload.resolution ?? null,
  });
  if (!moved.ok) {
    switch (moved.error) {
      case 'NOT_FOUND':
        return err(appError('EXPEDIENTE_UNKNOWN', { number: payload.number }));
      case 'MOVED_MEANWHILE':
        return err(appError('EXPEDIENTE_MOVED_MEANWHILE'));
      default:
        return err(
          appError(
            'EXPEDIENTE_MOVE_REFUSED',
            { reason: MOVE_REASONS[moved.error] },
            { problem: moved.error },
          ),
        );
    }
  }
  return ok({ expediente: expedienteDetail(deps, moved.value, true) });
}
