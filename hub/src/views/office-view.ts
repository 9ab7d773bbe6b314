import type { OfficeView } from '@cac/shared/protocol';
import type { OfficeConfig } from '@cac/shared/protocol';

/** The office as every face may see it: no users, no device keys, nothing secret. */
export function officeViewOf(config: OfficeConfig): OfficeView {
  return {
    name: config.office.name,
    municipality: config.office.municipality,
    timeZone: config.office.timeZone,
    hoursText: config.hours.text,
    announcements: config.announcements,
    services: config.services.map((service) => ({
      id: service.id,
      name: service.name,
      prefix: service.prefix,
      icon: service.icon,
      colour: service.colour,
      active: service.active,
      askPreferential: service.askPreferential,
      slaTargetMin: service.slaTargetMin,
      outcomes: service.outcomes,
      procedures: service.procedures,
    })),
    windows: config.windows.map((window) => ({
      id: window.id,
      name: window.name,
      serviceIds: window.serviceIds,
    })),
  };
}
