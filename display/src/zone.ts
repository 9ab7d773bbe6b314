import type { SessionView } from '@cac/shared/protocol';

/**
 * Whether a display shows a service: a display device may be assigned a zone (some services of a
 * floor); staff and displays without a zone see everything.
 */
export function showsService(session: SessionView | null, serviceId: string): boolean {
  if (!session || session.kind !== 'device' || !session.zone) return true;
  return session.zone.serviceIds === null || session.zone.serviceIds.includes(serviceId);
}
