import type { OfficeView } from '@cac/shared/protocol';
import type { OfficeConfig } from '@cac/shared/protocol';

/**
 * The office as a face may see it: nothing secret, and staff names only for staff sessions.
 */
export function officeViewOf(config: OfficeConfig, forStaff: boolean): OfficeView {
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
    uitTable: { ...config.uitTable },
    staff: forStaff
      ? config.users.map((user) => ({ id: user.id, name: user.name, role: user.role }))
      : [],
  };
}
