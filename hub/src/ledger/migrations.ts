import type Database from 'better-sqlite3';

/**
 * The ledger schema, one step per `user_version`. Append new steps; never edit a released one, since
 * offices upgrade in place and a step runs exactly once per database.
 */
export const MIGRATIONS: readonly string[] = [
  // 1 — batches, events, tickets, remembered requests, sessions.
  `
  CREATE TABLE batches (
    seq         INTEGER PRIMARY KEY,
    office_day  TEXT    NOT NULL,
    at          INTEGER NOT NULL,
    actor_id    TEXT,
    actor_role  TEXT,
    command     TEXT    NOT NULL,
    audit_json  TEXT
  ) STRICT;

  CREATE TABLE events (
    seq          INTEGER NOT NULL REFERENCES batches (seq),
    idx          INTEGER NOT NULL,
    office_day   TEXT    NOT NULL,
    type         TEXT    NOT NULL,
    at           INTEGER NOT NULL,
    payload_json TEXT    NOT NULL,
    PRIMARY KEY (seq, idx)
  ) STRICT, WITHOUT ROWID;

  CREATE INDEX events_by_day ON events (office_day, seq, idx);

  CREATE TABLE tickets (
    id                 TEXT    PRIMARY KEY,
    office_day         TEXT    NOT NULL,
    service_id         TEXT    NOT NULL,
    number             TEXT    NOT NULL,
    sequence           INTEGER NOT NULL,
    category           TEXT    NOT NULL,
    status             TEXT    NOT NULL,
    arrival_at         INTEGER NOT NULL,
    issued_at          INTEGER NOT NULL,
    window_id          TEXT,
    reserved_window_id TEXT,
    call_count         INTEGER NOT NULL,
    first_called_at    INTEGER,
    called_at          INTEGER,
    started_at         INTEGER,
    finished_at        INTEGER,
    previous_ticket_id TEXT REFERENCES tickets (id) DEFERRABLE INITIALLY DEFERRED,
    outcome            TEXT,
    access_key         TEXT
  ) STRICT;

  -- "Never a duplicate number": one original issue per (day, service, sequence). A transfer creates a
  -- second record with the same number in another queue, so continuations are left out.
  CREATE UNIQUE INDEX tickets_original_number
    ON tickets (office_day, service_id, sequence) WHERE previous_ticket_id IS NULL;

  CREATE INDEX tickets_by_day ON tickets (office_day, issued_at, id);

  CREATE TABLE requests (
    actor_id      TEXT    NOT NULL,
    request_id    TEXT    NOT NULL,
    response_json TEXT    NOT NULL,
    at            INTEGER NOT NULL,
    PRIMARY KEY (actor_id, request_id)
  ) STRICT, WITHOUT ROWID;

  CREATE INDEX requests_by_time ON requests (at);

  CREATE TABLE sessions (
    token_hash TEXT    PRIMARY KEY,
    user_id    TEXT    NOT NULL,
    role       TEXT    NOT NULL,
    expires_at INTEGER NOT NULL
  ) STRICT, WITHOUT ROWID;

  CREATE INDEX sessions_by_expiry ON sessions (expires_at);
  `,
  // 2 — what became of each ticket the hub printed for a kiosk (supervisors see printer trouble).
  `
  CREATE TABLE print_jobs (
    id          INTEGER PRIMARY KEY,
    at          INTEGER NOT NULL,
    device_id   TEXT    NOT NULL,
    ticket_id   TEXT    NOT NULL,
    number      TEXT    NOT NULL,
    ok          INTEGER NOT NULL,
    code        TEXT,
    message     TEXT
  );
  CREATE INDEX print_jobs_by_device ON print_jobs (device_id, at);
  CREATE INDEX print_jobs_by_ticket ON print_jobs (ticket_id);
  `,
  // 3 — kiosks that print by themselves report their outcomes too: who printed, and the
  // paper-low warning of a print that worked (the supervisors' printer state survives restarts).
  `
  ALTER TABLE print_jobs ADD COLUMN source TEXT NOT NULL DEFAULT 'hub';
  ALTER TABLE print_jobs ADD COLUMN paper_near_end INTEGER NOT NULL DEFAULT 0;
  `,
  // 4 — expedientes: one number per procedure from a yearly sequence, the applicant's data kept
  // here (never on a ticket), and every state it went through with who, when and why.
  `
  CREATE TABLE expedientes (
    number               TEXT    PRIMARY KEY,
    year                 INTEGER NOT NULL,
    sequence             INTEGER NOT NULL,
    access_key           TEXT    NOT NULL,
    procedure_id         TEXT    NOT NULL,
    procedure_name       TEXT    NOT NULL,
    service_id           TEXT,
    ticket_id            TEXT,
    window_id            TEXT,
    created_by           TEXT    NOT NULL,
    created_at           INTEGER NOT NULL,
    applicant_document   TEXT,
    applicant_json       TEXT    NOT NULL,
    details_json         TEXT    NOT NULL,
    state                TEXT    NOT NULL,
    office               TEXT,
    resolution           TEXT,
    observation_deadline TEXT,
    due_on               TEXT,
    UNIQUE (year, sequence)
  ) STRICT;

  CREATE INDEX expedientes_by_document ON expedientes (applicant_document);
  CREATE INDEX expedientes_by_state ON expedientes (state, created_at);
  CREATE INDEX expedientes_by_created ON expedientes (created_at);

  CREATE TABLE expediente_steps (
    number     TEXT    NOT NULL REFERENCES expedientes (number),
    idx        INTEGER NOT NULL,
    state      TEXT    NOT NULL,
    at         INTEGER NOT NULL,
    on_day     TEXT    NOT NULL,
    by_user    TEXT    NOT NULL,
    note       TEXT,
    office     TEXT,
    resolution TEXT,
    PRIMARY KEY (number, idx)
  ) STRICT, WITHOUT ROWID;
  `,
  // 5 — procedures run at the windows (issue 6): every run with what it produced, the hub's own
  // record of tax payments (the tax ledger connector keeps them too), and the link from a
  // finished attention to its result.
  `
  CREATE TABLE procedure_runs (
    id            INTEGER PRIMARY KEY,
    request_key   TEXT    NOT NULL UNIQUE,
    command       TEXT    NOT NULL,
    at            INTEGER NOT NULL,
    office_day    TEXT    NOT NULL,
    ticket_id     TEXT,
    service_id    TEXT,
    procedure_id  TEXT,
    kind          TEXT    NOT NULL,
    by_user       TEXT    NOT NULL,
    window_id     TEXT,
    result_kind   TEXT,
    result_ref    TEXT,
    summary       TEXT    NOT NULL,
    fee           INTEGER NOT NULL,
    response_json TEXT    NOT NULL
  ) STRICT;
  CREATE INDEX procedure_runs_by_day ON procedure_runs (office_day, at);
  CREATE INDEX procedure_runs_by_ticket ON procedure_runs (ticket_id);

  CREATE TABLE tax_payments (
    receipt_number TEXT    PRIMARY KEY,
    payment_id     TEXT    NOT NULL UNIQUE,
    at             INTEGER NOT NULL,
    office_day     TEXT    NOT NULL,
    taxpayer_code  TEXT    NOT NULL,
    total          INTEGER NOT NULL,
    method         TEXT    NOT NULL,
    reference      TEXT,
    by_user        TEXT    NOT NULL,
    window_id      TEXT,
    ticket_id      TEXT
  ) STRICT;
  CREATE INDEX tax_payments_by_day ON tax_payments (office_day, at);

  ALTER TABLE tickets ADD COLUMN result_kind TEXT;
  ALTER TABLE tickets ADD COLUMN result_ref TEXT;
  `,
  // 6 — issue 7: who served each ticket (clerk productivity, "atendidos en esta sesión"), the
  // citizens' ratings (anonymous: a ticket, never a person), the administrators' audited changes,
  // and an index so reports find pauses and other rare events without reading every event.
  `
  ALTER TABLE tickets ADD COLUMN clerk_id TEXT;
  CREATE INDEX events_by_type ON events (type, office_day);

  CREATE TABLE ratings (
    ticket_id   TEXT    PRIMARY KEY,
    at          INTEGER NOT NULL,
    office_day  TEXT    NOT NULL,
    score       INTEGER NOT NULL CHECK (score BETWEEN 1 AND 5),
    comment     TEXT,
    service_id  TEXT    NOT NULL,
    window_id   TEXT,
    clerk_id    TEXT,
    source      TEXT    NOT NULL
  ) STRICT;
  CREATE INDEX ratings_by_day ON ratings (office_day, at);

  CREATE TABLE config_audit (
    id          INTEGER PRIMARY KEY,
    at          INTEGER NOT NULL,
    user_id     TEXT    NOT NULL,
    action      TEXT    NOT NULL,
    target      TEXT    NOT NULL,
    before_json TEXT,
    after_json  TEXT
  ) STRICT;
  CREATE INDEX config_audit_by_time ON config_audit (at);
  `,
];

/**
 * Brings the database to the latest schema, each step in its own transaction. Refuses a database
 * written by a newer hub instead of guessing.
 */
export function migrate(db: Database.Database): void {
  const current = db.pragma('user_version', { simple: true });
  if (typeof current !== 'number') throw new Error('No se pudo leer user_version del libro.');
  if (current > MIGRATIONS.length) {
    throw new Error(
      `El libro de operaciones tiene la versión ${current}, más nueva que la que conoce este hub ` +
        `(${MIGRATIONS.length}). Actualice el hub.`,
    );
  }
  MIGRATIONS.slice(current).forEach((sql, offset) => {
    const version = current + offset + 1;
    db.transaction(() => {
      db.exec(sql);
      db.pragma(`user_version = ${version}`);
    })();
  });
}
