import type {
  CivilDate,
  ExpedienteProblem,
  ExpedienteProgress,
  ExpedienteState,
  WorkingCalendar,
} from '@cac/shared/domain';
import {
  calendarDaysBetween,
  moveExpediente,
  officeDayOf,
  parseExpedienteNumber,
  workingCalendar,
} from '@cac/shared/domain';
import type {
  Applicant,
  DocumentPrintOutcome,
  DocumentReprintPayload,
  ExpedienteDetail,
  ExpedienteDetails,
  ExpedienteFindPayload,
  ExpedienteMovePayload,
  ExpedientePort,
  ExpedienteSummary,
  PortError,
  PortResult,
} from './expediente-port';
import { EXPEDIENTE_FIND_LIMIT } from './expediente-port';

// A stand-in for the hub's expediente commands in component tests (not a test file itself): it
// keeps expedientes in memory and moves them with the domain's own rules, so a dialog meets the
// same refusals it will meet on the hub. Not for production use.

/** An expediente as the fake keeps it. */
export type FakeExpediente = {
  number: string;
  documentTitle: string;
  accessKey: string;
  procedureName: string;
  applicant: Applicant;
  details: ExpedienteDetails;
  /** When it was received (epoch ms). */
  createdAt: number;
  dueOn: CivilDate | null;
  progress: ExpedienteProgress;
};

/** A call the fake received, in order. */
export type FakePortCall =
  | { name: 'expediente:find'; payload: ExpedienteFindPayload }
  | { name: 'expediente:get'; payload: { number: string } }
  | { name: 'expediente:move'; payload: ExpedienteMovePayload }
  | { name: 'document:reprint'; payload: DocumentReprintPayload };

/** The fake port, with what tests look at and steer. */
export type FakeExpedientePort = ExpedientePort & {
  readonly calls: FakePortCall[];
  /** The next calls of this command answer with this refusal instead (once each). */
  refuseNext(name: FakePortCall['name'], error: PortError): void;
  /** How the next reprints go (default: printed). */
  setPrintOutcome(outcome: DocumentPrintOutcome | null): void;
  /** The kept expediente, as it is now. */
  expediente(number: string): FakeExpediente | undefined;
};

/** Options of {@link createFakeExpedientePort}. */
export type FakeExpedientePortOptions = {
  expedientes: readonly FakeExpediente[];
  /** The hub's clock. */
  now: () => number;
  /** Who moves them (the signed-in user). */
  user: { id: string; name: string };
  timeZone?: string;
  calendar?: WorkingCalendar;
  /** Names of other users who appear in the histories. */
  names?: Readonly<Record<string, string>>;
};

/** How the hub words each refusal of the domain (Spanish, saying what to do). */
const PROBLEM_MESSAGES: Readonly<Record<ExpedienteProblem, string>> = {
  ILLEGAL_MOVE: 'El expediente no puede pasar a ese estado desde su estado actual.',
  OFFICE_REQUIRED: 'Indique la oficina a la que se deriva el expediente.',
  RESOLUTION_REQUIRED:
    'Indique cómo se resolvió: aprobado, denegado o aprobado por silencio positivo.',
  OBSERVATION_LAPSED:
    'El plazo para subsanar la observación ya venció; el expediente solo puede darse por no presentado.',
  OBSERVATION_STILL_OPEN:
    'El plazo para subsanar la observación aún no vence; todavía no puede darse por no presentado.',
  NOTE_REQUIRED: 'Escriba qué falta para subsanar la observación.',
};

const NOT_FOUND: PortError = {
  code: 'EXPEDIENTE_NOT_FOUND',
  message: 'No existe un expediente con ese número.',
};

/** States in which the applicant is waiting for the answer: only these can be overdue. */
const AWAITING_ANSWER: ReadonlySet<ExpedienteState> = new Set([
  'recibido',
  'subsanado',
  'derivado',
  'en-evaluacion',
]);

function documentsOf(applicant: Applicant): string[] {
  return applicant.kind === 'person'
    ? [applicant.document]
    : [applicant.ruc, applicant.representative.dni];
}

/** An in-memory {@link ExpedientePort} that follows the domain's rules. */
export function createFakeExpedientePort(options: FakeExpedientePortOptions): FakeExpedientePort {
  const timeZone = options.timeZone ?? 'America/Lima';
  const calendar = options.calendar ?? workingCalendar([]);
  const names: Record<string, string> = { ...options.names, [options.user.id]: options.user.name };
  const kept = new Map(options.expedientes.map((expediente) => [expediente.number, expediente]));
  const calls: FakePortCall[] = [];
  const refusals = new Map<FakePortCall['name'], PortError>();
  let printOutcome: DocumentPrintOutcome | null = { ok: true };

  function refused(name: FakePortCall['name']): PortError | undefined {
    const error = refusals.get(name);
    refusals.delete(name);
    return error;
  }

  function summary(expediente: FakeExpediente): ExpedienteSummary {
    const { progress, applicant } = expediente;
    const today = officeDayOf(options.now(), timeZone);
    return {
      number: expediente.number,
      documentTitle: expediente.documentTitle,
      procedureName: expediente.procedureName,
      applicantName: applicant.kind === 'person' ? applicant.names : applicant.businessName,
      applicantDocument: applicant.kind === 'person' ? applicant.document : applicant.ruc,
      state: progress.state,
      createdAt: expediente.createdAt,
      dueOn: expediente.dueOn,
      overdue:
        expediente.dueOn !== null &&
        AWAITING_ANSWER.has(progress.state) &&
        calendarDaysBetween(expediente.dueOn, today) > 0,
    };
  }

  function detail(expediente: FakeExpediente): ExpedienteDetail {
    return {
      ...summary(expediente),
      accessKey: expediente.accessKey,
      applicant: expediente.applicant,
      office: expediente.progress.office,
      details: expediente.details,
      history: expediente.progress.history.map((step) => ({
        state: step.state,
        at: step.at,
        by: step.by,
        byName: names[step.by] ?? null,
        note: step.note,
        office: step.office,
        resolution: step.resolution,
      })),
      observationDeadline: expediente.progress.observationDeadline,
      resolution: expediente.progress.resolution,
    };
  }

  function fail<T>(error: PortError): PortResult<T> {
    return { ok: false, error };
  }

  return {
    calls,
    refuseNext(name, error) {
      refusals.set(name, error);
    },
    setPrintOutcome(outcome) {
      printOutcome = outcome;
    },
    expediente(number) {
      return kept.get(number);
    },

    async find(payload) {
      calls.push({ name: 'expediente:find', payload });
      const error = refused('expediente:find');
      if (error) return fail(error);
      const found = [...kept.values()]
        .filter((expediente) => {
          const day = officeDayOf(expediente.createdAt, timeZone);
          return (
            (payload.number === undefined || expediente.number === payload.number) &&
            (payload.document === undefined ||
              documentsOf(expediente.applicant).includes(payload.document)) &&
            (payload.state === undefined || expediente.progress.state === payload.state) &&
            (payload.from === undefined || calendarDaysBetween(payload.from, day) >= 0) &&
            (payload.to === undefined || calendarDaysBetween(day, payload.to) >= 0)
          );
        })
        .sort((a, b) => b.createdAt - a.createdAt)
        .slice(0, EXPEDIENTE_FIND_LIMIT)
        .map(summary);
      return { ok: true, value: { expedientes: found } };
    },

    async get(payload) {
      calls.push({ name: 'expediente:get', payload });
      const error = refused('expediente:get');
      if (error) return fail(error);
      const expediente = kept.get(payload.number);
      if (!expediente) return fail(NOT_FOUND);
      return { ok: true, value: { expediente: detail(expediente) } };
    },

    async move(payload) {
      calls.push({ name: 'expediente:move', payload });
      const error = refused('expediente:move');
      if (error) return fail(error);
      const expediente = kept.get(payload.number);
      if (!expediente) return fail(NOT_FOUND);
      const at = options.now();
      const moved = moveExpediente(
        expediente.progress,
        {
          to: payload.to,
          at,
          on: officeDayOf(at, timeZone),
          by: options.user.id,
          note: payload.note ?? null,
          office: payload.office ?? null,
          resolution: payload.resolution ?? null,
        },
        calendar,
      );
      if (!moved.ok) {
        return fail({ code: moved.error, message: PROBLEM_MESSAGES[moved.error] });
      }
      const updated = { ...expediente, progress: moved.value };
      kept.set(updated.number, updated);
      return { ok: true, value: { expediente: detail(updated) } };
    },

    async reprint(payload) {
      calls.push({ name: 'document:reprint', payload });
      const error = refused('document:reprint');
      if (error) return fail(error);
      if (payload.kind === 'cargo' && parseExpedienteNumber(payload.ref) === null) {
        return fail(NOT_FOUND);
      }
      if (payload.kind === 'cargo' && !kept.has(payload.ref)) return fail(NOT_FOUND);
      return { ok: true, value: { printed: printOutcome } };
    },
  };
}
