import type Database from 'better-sqlite3';
import type { ConfigAuditRepository } from '../admin/config-audit-repository';

/** {@link ConfigAuditRepository} over the ledger's `config_audit` table. */
export function createSqliteConfigAudit(db: Database.Database): ConfigAuditRepository {
  const count = db.prepare<[], number>('SELECT count(*) FROM config_audit').pluck();
  return { count: () => count.get() ?? 0 };
}
