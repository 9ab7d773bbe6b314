import type { Actor } from '@cac/shared/domain';
import type { AttentionResultLink, DomainEvent, Ticket } from '@cac/shared/domain';
import type { PrintSource } from '@cac/shared/protocol';
import type { ExpedienteRepository } from '../expedientes/expediente-repository';
import type { ProcedureRunRepository } from '../procedures/procedure-run-repository';
import type { RatingRepository } from '../ratings/rating-repository';
import type { ConfigAuditRepository } from '../admin/config-audit-repository';
import type { ReportSource } from '../reports/report-source';

/**
 * One command's durable outcome: the events it produced and the ticket rows they touched. The hub
 * commits several of these in one transaction (group commit) and acknowledges nobody before the
 * transaction is durable.
 */
export type CommitBatch = {
  /** Broadcast sequence number; strictly increasing by one per batch. */
  seq: number;
  officeDay: string;
  /** Epoch ms. */
  at: number;
  /** Who caused it; `null` for the hub's own timers (day close). */
  actor: Actor | null;
  /** The command type (`ticket:take`, …) or `system:day-rollover`. */
  command: string;
  events: readonly DomainEvent[];
  /** Final state of every ticket the events touched (upserted into the tickets table). */
  tickets: readonly Ticket[];
  /** Secret keys of newly issued tickets for the public status page (never broadcast). */
  accessKeys: readonly { ticketId: string; accessKey: string }[];
  /** Remembered so that a retried command returns its first result instead of acting twice. */
  request: { actorId: string; requestId: string; response: unknown } | null;
  /** Extra audit detail (e.g. the reason of an out-of-order call). */
  audit: Readonly<Record<string, unknown>> | null;
};

/**
 * A ticket row as stored, with its public-status key, its outcome and, when the clerk linked one
 * at finish, what the attention produced (absent otherwise).
 */
export type StoredTicket = Ticket & {
  accessKey: string | null;
  outcome: string | null;
  /** The last clerk who called, started or finished it at a window (null before any). */
  clerkId: string | null;
  result?: AttentionResultLink;
};

/** The outcome of printing one kiosk ticket, at the hub or reported by the kiosk. */
export type StoredPrintJob = {
  at: number;
  deviceId: string;
  ticketId: string;
  number: string;
  ok: boolean;
  /** A printer code when it failed (`PRINTER_NO_PAPER`, …). */
  code: string | null;
  message: string | null;
  /** Who printed: the hub, or the kiosk itself (Electron bridge, browser). */
  source: PrintSource;
  /** It printed, but the roll is nearly used up. */
  paperNearEnd: boolean;
};

/** A staff session that survives restarts. */
export type StoredSession = {
  tokenHash: string;
  userId: string;
  role: Actor['role'];
  expiresAt: number;
};

/**
 * The operational ledger. Implementations must make `commit` durable (fsync) before returning and
 * all-or-nothing; every method is synchronous because the hub's single writer relies on it.
 */
export type LedgerRepository = {
  /** Persists the batches in one transaction. Throws when nothing could be written. */
  commit(batches: readonly CommitBatch[]): void;
  /** Highest committed batch sequence number, 0 when empty. */
  lastSeq(): number;
  /** The most recent office day that has any event, or null on a new ledger. */
  latestOfficeDay(): string | null;
  /** Every event of an office day in commit order, to rebuild the live state. */
  eventsOfDay(officeDay: string): DomainEvent[];
  /** The remembered response of a command, if this actor already sent this request id. */
  findRequest(actorId: string, requestId: string): unknown;
  getTicket(ticketId: string): StoredTicket | null;
  ticketsOfDay(officeDay: string): StoredTicket[];
  saveSession(session: StoredSession): void;
  findSession(tokenHash: string): StoredSession | null;
  deleteSession(tokenHash: string): void;
  /** Keeps a print outcome (outside any command: a printer never blocks or undoes a ticket). */
  recordPrintJob(job: StoredPrintJob): void;
  /** The print outcomes of one ticket, oldest first. */
  printJobsOfTicket(ticketId: string): StoredPrintJob[];
  /** The latest print outcomes of one device, newest first, at most `limit`. */
  latestPrintJobsOfDevice(deviceId: string, limit: number): StoredPrintJob[];
  /**
   * The actor (device or user id) whose command issued this ticket number in the first place: for
   * a transferred ticket, the issuer of the original. Null for a ticket the ledger does not know.
   */
  issuerOfTicket(ticketId: string): string | null;
  /** Expedientes and their history, in the same database. */
  expedientes: ExpedienteRepository;
  /** Procedures run at the windows and the hub's record of tax payments, in the same database. */
  procedureRuns: ProcedureRunRepository;
  /** The citizens' ratings of their attention, in the same database. */
  ratings: RatingRepository;
  /** The administrators' configuration changes, who, when, before and after. */
  configAudit: ConfigAuditRepository;
  /** What the reports read over a range of days. */
  reports: ReportSource;
  close(): void;
};
