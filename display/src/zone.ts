import type { CallRecord } from '@cac/shared/domain';
import type { OfficeView, SessionView } from '@cac/shared/protocol';

/**
 * The part of the office one screen shows (two TVs in two rooms). Each list restricts on its
 * own and `null` does not restrict: a zone of services shows those services' calls at any window
 * (the citizen must know where to go), a zone of windows shows those windows' calls, and a zone
 * of both shows the calls that fit both.
 */
export type ZoneFilter = {
  serviceIds: ReadonlySet<string> | null;
  windowIds: ReadonlySet<string> | null;
};

/** The whole office. */
export const WHOLE_OFFICE: ZoneFilter = { serviceIds: null, windowIds: null };

function intersect(
  a: ReadonlySet<string> | null,
  b: ReadonlySet<string> | null,
): ReadonlySet<string> | null {
  if (a === null) return b;
  if (b === null) return a;
  return new Set([...a].filter((id) => b.has(id)));
}

/** The zone the hub gives this display's device in office.json (devices[].zone). */
function deviceZone(session: SessionView | null): ZoneFilter {
  if (!session || session.kind !== 'device' || !session.zone) return WHOLE_OFFICE;
  const { serviceIds, windowIds } = session.zone;
  return {
    serviceIds: serviceIds === null ? null : new Set(serviceIds),
    windowIds: windowIds === null ? null : new Set(windowIds),
  };
}

/**
 * The zone from the address (`?zone=a,b`): each id names a service or a window of the office. Ids
 * the office does not know are ignored, and a zone of nothing but unknown ids restricts nothing:
 * a typo must not leave a waiting room with an empty screen.
 */
function addressZone(ids: readonly string[] | null, office: OfficeView | null): ZoneFilter {
  if (!ids || !office) return WHOLE_OFFICE;
  const services = ids.filter((id) => office.services.some((service) => service.id === id));
  const windows = ids.filter((id) => office.windows.some((window) => window.id === id));
  return {
    serviceIds: services.length > 0 ? new Set(services) : null,
    windowIds: windows.length > 0 ? new Set(windows) : null,
  };
}

/** This screen's zone: its device's zone from the hub, narrowed by the one in its address. */
export function zoneFilterOf(
  session: SessionView | null,
  addressIds: readonly string[] | null,
  office: OfficeView | null,
): ZoneFilter {
  const device = deviceZone(session);
  const address = addressZone(addressIds, office);
  return {
    serviceIds: intersect(device.serviceIds, address.serviceIds),
    windowIds: intersect(device.windowIds, address.windowIds),
  };
}

/** Whether a call belongs on this screen. */
export function showsCall(zone: ZoneFilter, call: Pick<CallRecord, 'serviceId' | 'windowId'>) {
  return (
    (zone.serviceIds === null || zone.serviceIds.has(call.serviceId)) &&
    (zone.windowIds === null || zone.windowIds.has(call.windowId))
  );
}

/**
 * Whether this screen shows a service's queue: the service is in the zone, and when the zone
 * names windows, one of them serves it.
 */
export function showsService(
  zone: ZoneFilter,
  serviceId: string,
  office: Pick<OfficeView, 'windows'> | null,
): boolean {
  if (zone.serviceIds !== null && !zone.serviceIds.has(serviceId)) return false;
  const windowIds = zone.windowIds;
  if (windowIds === null) return true;
  return (office?.windows ?? []).some(
    (window) => windowIds.has(window.id) && window.serviceIds.includes(serviceId),
  );
}
