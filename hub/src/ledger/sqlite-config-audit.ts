import type Database from 'better-sqlite3';
import type {
  ConfigAuditRecord,
  ConfigAuditRepository,
  EndSessions,
  StoredConfigAudit,
} from '../admin/config-audit-repository';

type AuditRow = {
  id: number;
  at: number;
  user_id: string;
  action: string;
  target: string;
  before_json: string | null;
  after_json: string | null;
};

function parsed(json: string | null): unknown {
  return json === null ? null : (JSON.parse(json) as unknown);
}

function toStored(row: AuditRow): StoredConfigAudit {
  return {
    id: row.id,
    at: row.at,
    userId: row.user_id,
    action: row.action,
    target: row.target,
    before: parsed(row.before_json),
    after: parsed(row.after_json),
  };
}

/** {@link ConfigAuditRepository} over the ledger's `config_audit` table. */
export function createSqliteConfigAudit(db: Database.Database): ConfigAuditRepository {
  const count = db.prepare<[], number>('SELECT count(*) FROM config_audit').pluck();
  const insert = db.prepare<[number, string, string, string, string | null, string | null]>(
    `INSERT INTO config_audit (at, user_id, action, target, before_json, after_json)
     VALUES (?, ?, ?, ?, ?, ?)`,
  );
  const endSessions = db.prepare<[string, string]>(
    'DELETE FROM sessions WHERE user_id = ? AND token_hash <> ?',
  );
  const newest = db.prepare<[number, number], AuditRow>(
    `SELECT id, at, user_id, action, target, before_json, after_json FROM config_audit
     WHERE id < ? ORDER BY id DESC LIMIT ?`,
  );
  const json = (value: unknown): string | null =>
    value === undefined ? null : JSON.stringify(value);

  const record = db.transaction((entry: ConfigAuditRecord, end: EndSessions | undefined) => {
    if (end) endSessions.run(end.userId, end.keepTokenHash ?? '');
    return Number(
      insert.run(
        entry.at,
        entry.userId,
        entry.action,
        entry.target,
        json(entry.before),
        json(entry.after),
      ).lastInsertRowid,
    );
  });

  return {
    record: (entry, end) => record(entry, end),
    list: ({ limit, before }) => newest.all(before ?? Number.MAX_SAFE_INTEGER, limit).map(toStored),
    count: () => count.get() ?? 0,
  };
}
