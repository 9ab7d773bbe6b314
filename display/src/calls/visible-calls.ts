import type { CallRecord } from '@cac/shared/domain';
import type { ZoneFilter } from '../zone';
import { showsCall } from '../zone';

/** The calls of this screen's zone, newest first, recalls included (what is announced). */
export function zoneCalls(
  recentCalls: readonly CallRecord[],
  zone: ZoneFilter,
): readonly CallRecord[] {
  return recentCalls.filter((call) => showsCall(zone, call));
}

/**
 * The calls this screen shows, newest first: those of its zone, each ticket once. A recall adds a
 * second record of the same ticket to the hub's list; the room needs the newest one (where to go
 * now), not the same number twice.
 */
export function visibleCalls(
  recentCalls: readonly CallRecord[],
  zone: ZoneFilter,
): readonly CallRecord[] {
  const seen = new Set<string>();
  return zoneCalls(recentCalls, zone).filter((call) => {
    if (seen.has(call.ticketId)) return false;
    seen.add(call.ticketId);
    return true;
  });
}

/** Identifies one call: the same ticket called again is a new call. */
export function callKey(call: Pick<CallRecord, 'ticketId' | 'callCount'>): string {
  return `${call.ticketId}#${call.callCount}`;
}
