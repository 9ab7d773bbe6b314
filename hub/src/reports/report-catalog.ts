import type { OfficeConfig } from '@cac/shared/protocol';

/** What a report names things with, taken from the current configuration. */
export type ReportCatalog = {
  services: readonly {
    id: string;
    name: string;
    slaTargetMin: number;
    outcomes: readonly { code: string; label: string }[];
  }[];
  userNames: ReadonlyMap<string, string>;
  procedureNames: ReadonlyMap<string, string>;
};

/** The catalog of a configuration. A service or user removed since shows up under its id. */
export function reportCatalog(config: OfficeConfig): ReportCatalog {
  return {
    services: config.services,
    userNames: new Map(config.users.map((user) => [user.id, user.name])),
    procedureNames: new Map(
      config.services.flatMap((service) => service.procedures.map((p) => [p.id, p.name] as const)),
    ),
  };
}
