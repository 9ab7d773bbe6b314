import { randomInt, timingSafeEqual } from 'node:crypto';
import {
  addWorkingDays,
  expedienteDocumentTitle,
  moveExpediente,
  observationLapsed,
  officeDayOf,
  parseExpedienteNumber,
  receiveExpediente,
} from '@cac/shared/domain';
import type { ExpedienteMove, ExpedienteProblem, WorkingCalendar } from '@cac/shared/domain';
import type { ExpedienteLookupView, Result } from '@cac/shared/protocol';
import {
  EXPEDIENTE_ACCESS_KEY_DIGITS,
  ExpedienteLookupSchema,
  err,
  ok,
} from '@cac/shared/protocol';
import type { ExpedienteRepository, StoredExpediente } from './expediente-repository';

/** What the clerk's procedure panel sends to open an expediente. */
export type OpenExpediente = {
  procedureId: string;
  procedureName: string;
  serviceId: string | null;
  ticketId: string | null;
  windowId: string | null;
  by: string;
  applicantDocument: string | null;
  applicant: Readonly<Record<string, unknown>>;
  details: Readonly<Record<string, unknown>>;
  /** The procedure's legal time limit in working days, if it has one. */
  timeLimitWorkingDays: number | null;
  /** An observation made at filing: what is missing. */
  observation: string | null;
};

/** Why a move did not happen. */
export type MoveRefusal = ExpedienteProblem | 'NOT_FOUND' | 'MOVED_MEANWHILE';

/** The hub's expedientes: numbering, moves by the domain's rules, the public lookup. */
export type ExpedienteService = {
  open(input: OpenExpediente): StoredExpediente;
  move(
    number: string,
    move: Omit<ExpedienteMove, 'at' | 'on'>,
  ): Result<StoredExpediente, MoveRefusal>;
  /** What a citizen with the cargo may see, or null (a wrong key looks like a missing number). */
  lookup(number: string, accessKey: string): ExpedienteLookupView | null;
  /** The printed title, `Expediente N° 000123-2026-MPC`. */
  documentTitle(expediente: StoredExpediente): string;
  /** Records "no presentado" for every observation whose term has ended; returns how many. */
  sweepLapsedObservations(): number;
};

/** An access key: digits a citizen can type on the kiosk's keypad. */
function newAccessKey(): string {
  let key = '';
  for (let i = 0; i < EXPEDIENTE_ACCESS_KEY_DIGITS; i += 1) key += String(randomInt(10));
  return key;
}

function sameKey(stored: string, given: string): boolean {
  const a = Buffer.from(stored);
  const b = Buffer.from(given);
  return a.length === b.length && timingSafeEqual(a, b);
}

export function createExpedienteService(deps: {
  repository: ExpedienteRepository;
  now: () => number;
  timeZone: () => string;
  calendar: () => WorkingCalendar;
  /** The unit suffix of printed numbers (`MPC`). */
  unit: () => string;
  /** The office that receives filings (the first step's office). */
  receptionOffice: () => string;
}): ExpedienteService {
  const today = (at: number) => officeDayOf(at, deps.timeZone());
  const documentTitle = (stored: StoredExpediente) => expedienteDocumentTitle(stored, deps.unit());

  function move(
    number: string,
    step: Omit<ExpedienteMove, 'at' | 'on'>,
  ): Result<StoredExpediente, MoveRefusal> {
    const stored = deps.repository.get(number);
    if (!stored) return err('NOT_FOUND');
    const at = deps.now();
    const moved = moveExpediente(stored.progress, { ...step, at, on: today(at) }, deps.calendar());
    if (!moved.ok) return moved;
    if (!deps.repository.saveProgress(number, moved.value, stored.progress.history.length)) {
      return err('MOVED_MEANWHILE');
    }
    return ok({ ...stored, progress: moved.value });
  }

  return {
    open(input) {
      const at = deps.now();
      const on = today(at);
      let progress = receiveExpediente({ at, on, by: input.by, office: deps.receptionOffice() });
      const observation = input.observation?.trim();
      if (observation) {
        const observed = moveExpediente(
          progress,
          { to: 'observado', at, on, by: input.by, note: observation },
          deps.calendar(),
        );
        // recibido → observado with a note is always legal; a refusal here is a bug.
        if (!observed.ok) throw new Error(`observation refused: ${observed.error}`);
        progress = observed.value;
      }
      return deps.repository.create({
        year: Number(on.slice(0, 4)),
        accessKey: newAccessKey(),
        procedureId: input.procedureId,
        procedureName: input.procedureName,
        serviceId: input.serviceId,
        ticketId: input.ticketId,
        windowId: input.windowId,
        createdBy: input.by,
        createdAt: at,
        applicantDocument: input.applicantDocument,
        applicant: input.applicant,
        details: input.details,
        progress,
        dueOn:
          input.timeLimitWorkingDays === null
            ? null
            : addWorkingDays(on, input.timeLimitWorkingDays, deps.calendar()),
      });
    },
    move,
    lookup(number, accessKey) {
      if (parseExpedienteNumber(number) === null) return null;
      const stored = deps.repository.get(number);
      if (!stored || !sameKey(stored.accessKey, accessKey)) return null;
      // Only states and dates: notes may name people or documents, so they stay inside.
      return ExpedienteLookupSchema.parse({
        number: stored.number,
        documentTitle: documentTitle(stored),
        procedure: stored.procedureName,
        status: stored.progress.state,
        dueOn: stored.dueOn,
        observationDeadline: stored.progress.observationDeadline,
        resolution: stored.progress.resolution,
        history: stored.progress.history.map((step) => ({
          status: step.state,
          at: new Date(step.at).toISOString(),
        })),
      });
    },
    documentTitle,
    sweepLapsedObservations() {
      const day = today(deps.now());
      let moved = 0;
      for (const number of deps.repository.lapsedObservations(day)) {
        const stored = deps.repository.get(number);
        if (!stored || !observationLapsed(stored.progress, day)) continue;
        if (move(number, { to: 'no-presentado', by: 'system' }).ok) moved += 1;
      }
      return moved;
    },
  };
}
