import { localMinutesOf, officeDayOf } from '@cac/shared/domain';

/** Office-local hour of day and day bounds, for filters and tables by hour. */
export type LocalClock = {
  /** Hour of day (0–23) in the office's time zone. */
  hourOf(at: number): number;
  /** The instant local midnight starts `day` (YYYY-MM-DD). */
  dayStart(day: string): number;
};

// Every real time zone's offset is a multiple of 15 minutes, so the local hour is the same for
// every instant of a 15-minute UTC slot: one Intl call per slot instead of one per ticket (a
// 90-day report has ~180,000 tickets but ~4,000 slots).
const SLOT_MS = 15 * 60 * 1000;

/** A {@link LocalClock} for `timeZone`, memoizing its Intl work. */
export function createLocalClock(timeZone: string): LocalClock {
  const hours = new Map<number, number>();
  return {
    hourOf(at) {
      const slot = Math.floor(at / SLOT_MS);
      let hour = hours.get(slot);
      if (hour === undefined) {
        hour = Math.floor(localMinutesOf(slot * SLOT_MS, timeZone) / 60);
        hours.set(slot, hour);
      }
      return hour;
    },
    dayStart(day) {
      const utcMidnight = Date.parse(`${day}T00:00:00Z`);
      const local = localMinutesOf(utcMidnight, timeZone);
      // West of Greenwich, UTC midnight is still the evening before in the office.
      const offsetMin = officeDayOf(utcMidnight, timeZone) === day ? local : local - 1440;
      return utcMidnight - offsetMin * 60000;
    },
  };
}

/** Every day from `from` to `to` inclusive (YYYY-MM-DD, calendar arithmetic in UTC). */
export function daysBetween(from: string, to: string): string[] {
  const start = Date.parse(`${from}T00:00:00Z`);
  const end = Date.parse(`${to}T00:00:00Z`);
  const days: string[] = [];
  for (let t = start; t <= end; t += 86400000) days.push(new Date(t).toISOString().slice(0, 10));
  return days;
}
