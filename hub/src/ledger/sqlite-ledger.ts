import { mkdirSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { CATEGORIES, ROLES, TICKET_STATUSES } from '@cac/shared/domain';
import type { Category, DomainEvent, Role, TicketStatus } from '@cac/shared/domain';
import { PRINT_SOURCES } from '@cac/shared/protocol';
import type { PrintSource } from '@cac/shared/protocol';
import type {
  CommitBatch,
  LedgerRepository,
  StoredPrintJob,
  StoredSession,
  StoredTicket,
} from './ledger-repository';
import { migrate } from './migrations';
import { createSqliteExpedientes } from './sqlite-expedientes';
import { createSqliteProcedureRuns } from './sqlite-procedure-runs';
import { createSqliteRatings } from './sqlite-ratings';
import { createSqliteConfigAudit } from './sqlite-config-audit';
import { createSqliteReportSource } from './sqlite-report-source';

type TicketRow = {
  id: string;
  office_day: string;
  service_id: string;
  number: string;
  sequence: number;
  category: string;
  status: string;
  arrival_at: number;
  issued_at: number;
  window_id: string | null;
  reserved_window_id: string | null;
  call_count: number;
  first_called_at: number | null;
  called_at: number | null;
  started_at: number | null;
  finished_at: number | null;
  previous_ticket_id: string | null;
  outcome: string | null;
  access_key: string | null;
  result_kind: string | null;
  result_ref: string | null;
  clerk_id: string | null;
};

/** Events by which a clerk at a window takes a ticket on: its row remembers that clerk. */
const CLERK_TICKET_EVENTS: ReadonlySet<DomainEvent['type']> = new Set([
  'ticket:called',
  'ticket:recalled',
  'ticket:started',
  'ticket:finished',
  'ticket:no-show',
]);

type SessionRow = { token_hash: string; user_id: string; role: string; expires_at: number };

type PrintJobRow = {
  at: number;
  device_id: string;
  ticket_id: string;
  number: string;
  ok: number;
  code: string | null;
  message: string | null;
  source: string;
  paper_near_end: number;
};

const PRINT_JOB_COLUMNS =
  'at, device_id, ticket_id, number, ok, code, message, source, paper_near_end';

const TICKET_COLUMNS = `id, office_day, service_id, number, sequence, category, status, arrival_at,
  issued_at, window_id, reserved_window_id, call_count, first_called_at, called_at, started_at,
  finished_at, previous_ticket_id, outcome, access_key, result_kind, result_ref, clerk_id`;

function oneOf<T extends string>(values: readonly T[], value: string, what: string): T {
  const found = values.find((v) => v === value);
  if (found === undefined) throw new Error(`Valor de ${what} desconocido en el libro: "${value}".`);
  return found;
}

const RESULT_KINDS = ['expediente', 'receipt', 'record'] as const;

function toStoredTicket(row: TicketRow): StoredTicket {
  const resultKind = RESULT_KINDS.find((kind) => kind === row.result_kind);
  return {
    ...(resultKind && row.result_ref !== null
      ? { result: { kind: resultKind, ref: row.result_ref } }
      : {}),
    id: row.id,
    officeDay: row.office_day,
    serviceId: row.service_id,
    number: row.number,
    sequence: row.sequence,
    category: oneOf<Category>(CATEGORIES, row.category, 'categoría'),
    status: oneOf<TicketStatus>(TICKET_STATUSES, row.status, 'estado'),
    arrivalAt: row.arrival_at,
    issuedAt: row.issued_at,
    windowId: row.window_id,
    reservedWindowId: row.reserved_window_id,
    callCount: row.call_count,
    firstCalledAt: row.first_called_at,
    calledAt: row.called_at,
    startedAt: row.started_at,
    finishedAt: row.finished_at,
    previousTicketId: row.previous_ticket_id,
    outcome: row.outcome,
    accessKey: row.access_key,
    clerkId: row.clerk_id,
  };
}

function toStoredPrintJob(row: PrintJobRow): StoredPrintJob {
  return {
    at: row.at,
    deviceId: row.device_id,
    ticketId: row.ticket_id,
    number: row.number,
    ok: row.ok === 1,
    code: row.code,
    message: row.message,
    source: oneOf<PrintSource>(PRINT_SOURCES, row.source, 'origen de impresión'),
    paperNearEnd: row.paper_near_end === 1,
  };
}

function toStoredSession(row: SessionRow): StoredSession {
  return {
    tokenHash: row.token_hash,
    userId: row.user_id,
    role: oneOf<Role>(ROLES, row.role, 'rol'),
    expiresAt: row.expires_at,
  };
}

/**
 * Opens (creating if needed) the ledger database at `file`, configured and migrated: WAL journal
 * with `synchronous = FULL` (a returned commit has reached the disk), foreign keys on, a busy
 * timeout. Used by {@link openSqliteLedger}; exported for tests and maintenance tools.
 */
export function openLedgerDatabase(file: string): Database.Database {
  mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  const db = new Database(file, { timeout: 5000 });
  try {
    const mode = db.pragma('journal_mode = WAL', { simple: true });
    if (mode !== 'wal') {
      throw new Error(
        `El libro de operaciones ${file} no admite el modo WAL (quedó en "${String(mode)}"); ` +
          'guárdelo en un disco local.',
      );
    }
    // FULL: in WAL mode NORMAL may lose the last commits on power loss, and an acknowledged ticket
    // must survive a power cut.
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    migrate(db);
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}

/**
 * The SQLite implementation of {@link LedgerRepository} on the database at `file` (see
 * {@link openLedgerDatabase}). `commit` runs all its batches in one transaction and refuses a batch
 * whose `seq` does not move forward. `findRequest` returns `undefined` for an unknown request id.
 */
export function openSqliteLedger(file: string): LedgerRepository {
  const db = openLedgerDatabase(file);

  // Statements are prepared once: each commit then costs the same on the first and the
  // ten-thousandth ticket of the day.
  const maxSeq = db.prepare<[], number>('SELECT coalesce(max(seq), 0) FROM batches').pluck();
  const insertBatch = db.prepare<
    [number, string, number, string | null, string | null, string, string | null]
  >(
    `INSERT INTO batches (seq, office_day, at, actor_id, actor_role, command, audit_json)
     VALUES (?, ?, ?, ?, ?, ?, ?)`,
  );
  const insertEvent = db.prepare<[number, number, string, string, number, string]>(
    `INSERT INTO events (seq, idx, office_day, type, at, payload_json) VALUES (?, ?, ?, ?, ?, ?)`,
  );
  const upsertTicket = db.prepare<TicketRow>(
    `INSERT INTO tickets (${TICKET_COLUMNS})
     VALUES (@id, @office_day, @service_id, @number, @sequence, @category, @status, @arrival_at,
       @issued_at, @window_id, @reserved_window_id, @call_count, @first_called_at, @called_at,
       @started_at, @finished_at, @previous_ticket_id, @outcome, @access_key, @result_kind,
       @result_ref, @clerk_id)
     ON CONFLICT (id) DO UPDATE SET
       office_day = excluded.office_day,
       service_id = excluded.service_id,
       number = excluded.number,
       sequence = excluded.sequence,
       category = excluded.category,
       status = excluded.status,
       arrival_at = excluded.arrival_at,
       issued_at = excluded.issued_at,
       window_id = excluded.window_id,
       reserved_window_id = excluded.reserved_window_id,
       call_count = excluded.call_count,
       first_called_at = excluded.first_called_at,
       called_at = excluded.called_at,
       started_at = excluded.started_at,
       finished_at = excluded.finished_at,
       previous_ticket_id = excluded.previous_ticket_id,
       outcome = coalesce(excluded.outcome, tickets.outcome),
       access_key = coalesce(excluded.access_key, tickets.access_key),
       result_kind = coalesce(excluded.result_kind, tickets.result_kind),
       result_ref = coalesce(excluded.result_ref, tickets.result_ref),
       clerk_id = coalesce(excluded.clerk_id, tickets.clerk_id)`,
  );
  const insertRequest = db.prepare<[string, string, string, number]>(
    `INSERT INTO requests (actor_id, request_id, response_json, at) VALUES (?, ?, ?, ?)`,
  );
  const selectLatestDay = db
    .prepare<[], string>('SELECT office_day FROM events ORDER BY seq DESC, idx DESC LIMIT 1')
    .pluck();
  const selectEventsOfDay = db
    .prepare<[string], string>(
      'SELECT payload_json FROM events WHERE office_day = ? ORDER BY seq, idx',
    )
    .pluck();
  const selectRequest = db
    .prepare<[string, string], string>(
      'SELECT response_json FROM requests WHERE actor_id = ? AND request_id = ?',
    )
    .pluck();
  const selectTicket = db.prepare<[string], TicketRow>(
    `SELECT ${TICKET_COLUMNS} FROM tickets WHERE id = ?`,
  );
  const selectTicketsOfDay = db.prepare<[string], TicketRow>(
    `SELECT ${TICKET_COLUMNS} FROM tickets WHERE office_day = ? ORDER BY issued_at, rowid`,
  );
  const upsertSession = db.prepare<[string, string, string, number]>(
    `INSERT INTO sessions (token_hash, user_id, role, expires_at) VALUES (?, ?, ?, ?)
     ON CONFLICT (token_hash) DO UPDATE SET
       user_id = excluded.user_id, role = excluded.role, expires_at = excluded.expires_at`,
  );
  const selectSession = db.prepare<[string], SessionRow>(
    'SELECT token_hash, user_id, role, expires_at FROM sessions WHERE token_hash = ?',
  );
  const removeSession = db.prepare<[string]>('DELETE FROM sessions WHERE token_hash = ?');
  const insertPrintJob = db.prepare<PrintJobRow>(
    `INSERT INTO print_jobs (${PRINT_JOB_COLUMNS})
     VALUES (@at, @device_id, @ticket_id, @number, @ok, @code, @message, @source, @paper_near_end)`,
  );
  const selectPrintJobs = db.prepare<[string], PrintJobRow>(
    `SELECT ${PRINT_JOB_COLUMNS} FROM print_jobs WHERE ticket_id = ? ORDER BY id`,
  );
  // Newest first by insertion order (id), not by `at`: a kiosk's clock plays no part, and two
  // outcomes in the same millisecond keep their order.
  const selectDevicePrintJobs = db.prepare<[string, number], PrintJobRow>(
    `SELECT ${PRINT_JOB_COLUMNS} FROM print_jobs WHERE device_id = ? ORDER BY id DESC LIMIT ?`,
  );
  // The ticket row gives the day and the moment of issue, which narrow the search to a handful of
  // events before the payload is read.
  const selectIssuer = db
    .prepare<{ id: string }, string | null>(
      `SELECT b.actor_id FROM tickets t
       JOIN events e ON e.office_day = t.office_day AND e.type = 'ticket:issued' AND e.at = t.issued_at
       JOIN batches b ON b.seq = e.seq
       WHERE t.id = @id AND t.previous_ticket_id IS NULL
         AND json_extract(e.payload_json, '$.ticket.id') = @id
       LIMIT 1`,
    )
    .pluck();

  function writeBatch(batch: CommitBatch): void {
    insertBatch.run(
      batch.seq,
      batch.officeDay,
      batch.at,
      batch.actor?.id ?? null,
      batch.actor?.role ?? null,
      batch.command,
      batch.audit === null ? null : JSON.stringify(batch.audit),
    );
    const outcomes = new Map<string, string>();
    const results = new Map<string, { kind: string; ref: string }>();
    // The clerk who acted on a ticket at a window serves it; the last such clerk is kept.
    const servedBy = new Map<string, string>();
    batch.events.forEach((event, idx) => {
      insertEvent.run(batch.seq, idx, batch.officeDay, event.type, event.at, JSON.stringify(event));
      if (
        batch.actor?.role === 'clerk' &&
        CLERK_TICKET_EVENTS.has(event.type) &&
        'ticketId' in event
      ) {
        servedBy.set(event.ticketId, batch.actor.id);
      }
      if (event.type === 'ticket:finished') {
        outcomes.set(event.ticketId, event.outcome);
        if (event.result) results.set(event.ticketId, event.result);
      }
    });
    const accessKeys = new Map(batch.accessKeys.map((k) => [k.ticketId, k.accessKey]));
    for (const ticket of batch.tickets) {
      upsertTicket.run({
        id: ticket.id,
        office_day: ticket.officeDay,
        service_id: ticket.serviceId,
        number: ticket.number,
        sequence: ticket.sequence,
        category: ticket.category,
        status: ticket.status,
        arrival_at: ticket.arrivalAt,
        issued_at: ticket.issuedAt,
        window_id: ticket.windowId,
        reserved_window_id: ticket.reservedWindowId,
        call_count: ticket.callCount,
        first_called_at: ticket.firstCalledAt,
        called_at: ticket.calledAt,
        started_at: ticket.startedAt,
        finished_at: ticket.finishedAt,
        previous_ticket_id: ticket.previousTicketId,
        outcome: outcomes.get(ticket.id) ?? null,
        access_key: accessKeys.get(ticket.id) ?? null,
        result_kind: results.get(ticket.id)?.kind ?? null,
        result_ref: results.get(ticket.id)?.ref ?? null,
        clerk_id: servedBy.get(ticket.id) ?? null,
      });
      accessKeys.delete(ticket.id);
    }
    // A key for a ticket the batch does not carry would be lost silently, and the citizen's status
    // page would answer 404: refuse the whole commit instead.
    if (accessKeys.size > 0) {
      throw new Error(
        `El lote ${batch.seq} trae claves de acceso de tickets que no están en el lote: ` +
          `${[...accessKeys.keys()].join(', ')}.`,
      );
    }
    if (batch.request) {
      insertRequest.run(
        batch.request.actorId,
        batch.request.requestId,
        JSON.stringify(batch.request.response) ?? 'null',
        batch.at,
      );
    }
  }

  const commitAll = db.transaction((batches: readonly CommitBatch[]) => {
    let last = maxSeq.get() ?? 0;
    for (const batch of batches) {
      if (batch.seq <= last) {
        throw new Error(
          `Secuencia fuera de orden: el lote ${batch.seq} llega después del ${last}.`,
        );
      }
      writeBatch(batch);
      last = batch.seq;
    }
  });

  return {
    commit(batches) {
      if (batches.length > 0) commitAll(batches);
    },
    lastSeq: () => maxSeq.get() ?? 0,
    latestOfficeDay: () => selectLatestDay.get() ?? null,
    // Payloads were written by `commit` from DomainEvent values; they are trusted as such.
    eventsOfDay: (officeDay) =>
      selectEventsOfDay.all(officeDay).map((json) => JSON.parse(json) as DomainEvent),
    findRequest(actorId, requestId) {
      const json = selectRequest.get(actorId, requestId);
      return json === undefined ? undefined : (JSON.parse(json) as unknown);
    },
    getTicket(ticketId) {
      const row = selectTicket.get(ticketId);
      return row ? toStoredTicket(row) : null;
    },
    ticketsOfDay: (officeDay) => selectTicketsOfDay.all(officeDay).map(toStoredTicket),
    saveSession(session) {
      upsertSession.run(session.tokenHash, session.userId, session.role, session.expiresAt);
    },
    findSession(tokenHash) {
      const row = selectSession.get(tokenHash);
      return row ? toStoredSession(row) : null;
    },
    deleteSession(tokenHash) {
      removeSession.run(tokenHash);
    },
    recordPrintJob(job) {
      insertPrintJob.run({
        at: job.at,
        device_id: job.deviceId,
        ticket_id: job.ticketId,
        number: job.number,
        ok: job.ok ? 1 : 0,
        code: job.code,
        message: job.message,
        source: job.source,
        paper_near_end: job.paperNearEnd ? 1 : 0,
      });
    },
    printJobsOfTicket: (ticketId) => selectPrintJobs.all(ticketId).map(toStoredPrintJob),
    latestPrintJobsOfDevice: (deviceId, limit) =>
      selectDevicePrintJobs.all(deviceId, limit).map(toStoredPrintJob),
    issuerOfTicket: (ticketId) => selectIssuer.get({ id: ticketId }) ?? null,
    expedientes: createSqliteExpedientes(db),
    procedureRuns: createSqliteProcedureRuns(db),
    ratings: createSqliteRatings(db),
    configAudit: createSqliteConfigAudit(db),
    reports: createSqliteReportSource(db),
    close() {
      if (db.open) db.close();
    },
  };
}
