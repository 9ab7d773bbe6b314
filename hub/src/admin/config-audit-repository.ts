/** The administrators' audited configuration changes (table `config_audit`, schema v6): being built. */
export type ConfigAuditRepository = {
  /** How many changes were recorded. */
  count(): number;
};
