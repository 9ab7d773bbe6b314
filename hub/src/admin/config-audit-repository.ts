/** One administrator's change to the office configuration, as it is kept. */
export type ConfigAuditRecord = {
  at: number;
  /** The administrator (user id) who made it. */
  userId: string;
  /** `config.save`, `user.create`, `user.update`, `user.pin`, `device.create`, … */
  action: string;
  /** The section, user id or device id. */
  target: string;
  /** The section or item before and after, secrets already replaced (see redact-secrets.ts). */
  before: unknown;
  after: unknown;
};

/** A kept change with its number (newest is highest). */
export type StoredConfigAudit = ConfigAuditRecord & { id: number };

/** Staff sessions to end together with the change (a deactivated user, a reset PIN). */
export type EndSessions = {
  userId: string;
  /** The session the change was made from, kept when administrators change their own PIN. */
  keepTokenHash: string | null;
};

/** The administrators' audited configuration changes (table `config_audit`, schema v6). */
export type ConfigAuditRepository = {
  /**
   * Keeps one change and, in the same transaction, ends the given user's sessions: an audit row
   * never says "PIN reset" while the old sessions still work. Returns the change's id.
   */
  record(entry: ConfigAuditRecord, endSessions?: EndSessions): number;
  /** The newest changes first, at most `limit`, only those with an id below `before` if given. */
  list(query: { limit: number; before?: number | undefined }): StoredConfigAudit[];
  /** How many changes were recorded. */
  count(): number;
};
