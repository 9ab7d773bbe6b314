import type { CivilDate, ExpedienteProgress, ExpedienteState } from '@cac/shared/domain';

/**
 * An expediente as the ledger keeps it. The applicant's data and the procedure's fields live here
 * and only here: never on a ticket, a display or the public lookup.
 */
export type StoredExpediente = {
  /** `EXP-2026-000123`. */
  number: string;
  year: number;
  sequence: number;
  /** 8 digits printed on the cargo; the public lookup needs it with the number. */
  accessKey: string;
  procedureId: string;
  procedureName: string;
  serviceId: string | null;
  /** The ticket during whose attention it was opened (for reports), if any. */
  ticketId: string | null;
  windowId: string | null;
  createdBy: string;
  createdAt: number;
  /** Normalized DNI, RUC or CE of the applicant, to find their expedientes. */
  applicantDocument: string | null;
  applicant: Readonly<Record<string, unknown>>;
  details: Readonly<Record<string, unknown>>;
  progress: ExpedienteProgress;
  /** Last day of the procedure's legal time limit, when it has one. */
  dueOn: CivilDate | null;
};

/** What opening an expediente stores; the number comes from the year's sequence. */
export type NewExpediente = Omit<StoredExpediente, 'number' | 'sequence'>;

/** Filters of the back office's search; all optional, combined with AND. */
export type ExpedienteFilter = {
  number?: string;
  applicantDocument?: string;
  state?: ExpedienteState;
  /** Opened on or after this instant (epoch ms). */
  from?: number;
  /** Opened before this instant (epoch ms). */
  to?: number;
  limit: number;
};

/** The expedientes part of the ledger (same database, same durability). */
export type ExpedienteRepository = {
  /** Stores a new expediente with the next number of its year, in one transaction. */
  create(expediente: NewExpediente): StoredExpediente;
  get(number: string): StoredExpediente | null;
  /**
   * Saves a move: the progress's last step and its state. Returns false, writing nothing, when
   * the stored history is no longer `stepsBefore` long (someone else moved it first).
   */
  saveProgress(number: string, progress: ExpedienteProgress, stepsBefore: number): boolean;
  /** Newest first. */
  find(filter: ExpedienteFilter): StoredExpediente[];
  /** Numbers of expedientes still observed whose term ended before `day`. */
  lapsedObservations(day: CivilDate): string[];
};
