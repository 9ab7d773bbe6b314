import { officeDayOf } from '@cac/shared/domain';

const HOUR_MS = 3_600_000;

/**
 * The first instant (epoch ms) of an office-local day: the back office's "from"/"to" dates are
 * office days, the ledger keeps instants. Found by bisection (about 27 steps) rather than by an
 * offset table, so any IANA zone and its daylight-saving rules work.
 */
export function startOfOfficeDay(day: string, timeZone: string): number {
  const utcMidnight = Date.parse(`${day}T00:00:00Z`);
  // Offsets run from −12 h to +14 h: the local midnight lies within 15 h of UTC midnight.
  let before = utcMidnight - 15 * HOUR_MS;
  let atOrAfter = utcMidnight + 15 * HOUR_MS;
  while (atOrAfter - before > 1) {
    const middle = Math.floor((before + atOrAfter) / 2);
    if (officeDayOf(middle, timeZone) < day) before = middle;
    else atOrAfter = middle;
  }
  return atOrAfter;
}
