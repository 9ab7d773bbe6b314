import type { CivilDate, ExpedienteResolution, ExpedienteState } from '@cac/shared/domain';
import { createContext, useContext } from 'react';

// The back office's view of the hub's expediente commands (`expediente:find`, `expediente:get`,
// `expediente:move`, `document:reprint` on `/counter`). The payloads and values mirror the agreed
// contract of issue 6 (and the shapes `shared/src/protocol/procedure-commands.ts` is giving it:
// nullable applicant fields, `details` of unknown values); they are declared here, not imported,
// because the protocol's own types are being written at the same time. Once they settle, these
// give way to the protocol's and an adapter over the hub client implements the port.

/** A refusal, as the hub words it: a stable code for programs, a Spanish message for people. */
export type PortError = { code: string; message: string; details?: Record<string, unknown> };

/** The answer of every command: the value, or why not (never a throw). */
export type PortResult<T> = { ok: true; value: T } | { ok: false; error: PortError };

/** Who filed an expediente: a person with their document, or a company with its representative. */
export type Applicant =
  | {
      kind: 'person';
      documentType: 'dni' | 'ce' | 'pasaporte';
      document: string;
      names: string;
    }
  | {
      kind: 'company';
      ruc: string;
      businessName: string;
      representative: { dni: string; names: string };
    };

/** `expediente:find`: every filter is optional; none gives the newest. */
export type ExpedienteFindPayload = {
  /** Canonical `EXP-2026-000123`. */
  number?: string;
  /** The applicant's DNI, RUC or other document. */
  document?: string;
  state?: ExpedienteState;
  /** Received on or after this office-local day. */
  from?: CivilDate;
  /** Received on or before this office-local day. */
  to?: CivilDate;
};

/** One row of a search (newest first, at most {@link EXPEDIENTE_FIND_LIMIT}). */
export type ExpedienteSummary = {
  number: string;
  /** As printed on the cargo: `Expediente N° 000123-2026-MPC`. */
  documentTitle: string;
  procedureName: string;
  /** The person's names or the company's business name. */
  applicantName: string | null;
  /** Normalized DNI, CE, passport or RUC. */
  applicantDocument: string | null;
  state: ExpedienteState;
  /** When it was received (epoch ms, shown in the office's time zone). */
  createdAt: number;
  /** Last day of the legal time limit to answer, when the procedure has one. */
  dueOn: CivilDate | null;
  /** The time limit passed and the answer is still pending (decided by the hub's clock). */
  overdue: boolean;
};

/** The most rows `expediente:find` returns. */
export const EXPEDIENTE_FIND_LIMIT = 100;

/** `expediente:find` → value. */
export type ExpedienteFindValue = { expedientes: readonly ExpedienteSummary[] };

/** One step of the history: who moved it, when, why. */
export type ExpedienteHistoryStep = {
  state: ExpedienteState;
  /** Epoch ms. */
  at: number;
  /** User id, or `system` for an automatic step (an observation that lapsed). */
  by: string;
  /** The person's name, for people; null when the hub has none (e.g. a removed user). */
  byName: string | null;
  note: string | null;
  /** The office it was sent to (derivado). */
  office: string | null;
  resolution: ExpedienteResolution | null;
};

/** The procedure's own fields (`subject`, `folios`, `tradeName`, `areaM2`, …), as recorded. */
export type ExpedienteDetails = Readonly<Record<string, unknown>>;

/** `expediente:get` and `expediente:move`: the whole expediente. */
export type ExpedienteDetail = ExpedienteSummary & {
  /** The key printed on the cargo for the public lookup. */
  accessKey: string;
  /** The applicant as filed; null when the hub does not give it to this session. */
  applicant: Applicant | null;
  details: ExpedienteDetails;
  /** The office that holds it now. */
  office: string | null;
  /** Oldest first; it always starts with its reception. */
  history: readonly ExpedienteHistoryStep[];
  /** Last day to fix an open observation. */
  observationDeadline: CivilDate | null;
  resolution: ExpedienteResolution | null;
};

/** `expediente:get`. */
export type ExpedienteGetPayload = { number: string };

/** `expediente:get` and `expediente:move` → value. */
export type ExpedienteDetailValue = { expediente: ExpedienteDetail };

/** `expediente:move`: what a step needs (office for derivado, resolution for resuelto, …). */
export type ExpedienteMovePayload = {
  number: string;
  to: ExpedienteState;
  note?: string;
  office?: string;
  resolution?: ExpedienteResolution;
};

/** `document:reprint`. */
export type DocumentReprintPayload = { kind: 'cargo' | 'receipt'; ref: string };

/** How a print went (the part of the protocol's `PrintOutcome` the back office reads). */
export type DocumentPrintOutcome = { ok: true } | { ok: false; code: string; message: string };

/** `document:reprint` → value; `printed` is null when nothing was sent to a printer. */
export type DocumentReprintValue = { printed: DocumentPrintOutcome | null };

/** The back office's commands, one method each; resolves with the hub's answer, never rejects. */
export type ExpedientePort = {
  find(payload: ExpedienteFindPayload): Promise<PortResult<ExpedienteFindValue>>;
  get(payload: ExpedienteGetPayload): Promise<PortResult<ExpedienteDetailValue>>;
  move(payload: ExpedienteMovePayload): Promise<PortResult<ExpedienteDetailValue>>;
  reprint(payload: DocumentReprintPayload): Promise<PortResult<DocumentReprintValue>>;
};

const ExpedientePortContext = createContext<ExpedientePort | null>(null);

/** Gives the back office its port (the hub adapter in the app, a fake in tests). */
export const ExpedientePortProvider = ExpedientePortContext.Provider;

/** The port given by {@link ExpedientePortProvider}, or null where there is none yet. */
export function useExpedientePort(): ExpedientePort | null {
  return useContext(ExpedientePortContext);
}
