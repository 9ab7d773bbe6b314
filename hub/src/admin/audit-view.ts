import type { AuditAnswer, OfficeConfig } from '@cac/shared/protocol';
import type { StoredConfigAudit } from './config-audit-repository';
import { redactSecrets } from './redact-secrets';

/** `GET /admin/audit`: each change with the name of who made it (the id if they are gone). */
export function auditAnswerOf(
  entries: readonly StoredConfigAudit[],
  config: OfficeConfig,
): AuditAnswer {
  const names = new Map(config.users.map((user) => [user.id, user.name]));
  return {
    entries: entries.map((entry) => ({
      id: entry.id,
      at: entry.at,
      userId: entry.userId,
      userName: names.get(entry.userId) ?? entry.userId,
      action: entry.action,
      target: entry.target,
      // Rows are written redacted; redacting again costs nothing and covers rows from elsewhere.
      before: redactSecrets(entry.before),
      after: redactSecrets(entry.after),
    })),
  };
}
