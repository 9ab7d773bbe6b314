/**
 * A day on the office's calendar, `YYYY-MM-DD`, with no time and no zone: deadlines in working days,
 * imposition and payment dates, holidays. Arithmetic goes through UTC midnight, where no daylight
 * saving can shift a day (the office's own zone decides which civil day an instant is, see
 * `officeDayOf`).
 */
export type CivilDate = string;

const CIVIL_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 86_400_000;

function utcMidnight(date: CivilDate): number {
  const match = CIVIL_DATE.exec(date);
  if (!match) throw new RangeError(`Invalid civil date (expected YYYY-MM-DD): ${date}`);
  return Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
}

function fromUtcMidnight(ms: number): CivilDate {
  return new Date(ms).toISOString().slice(0, 10);
}

/** The date itself when `text` is a real calendar date `YYYY-MM-DD` (not 2026-02-30), else null. */
export function parseCivilDate(text: string): CivilDate | null {
  const match = CIVIL_DATE.exec(text);
  if (!match) return null;
  const ms = Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  return fromUtcMidnight(ms) === text ? text : null;
}

/** `date` moved by `days` (negative goes back). Throws a RangeError for a malformed date. */
export function addCalendarDays(date: CivilDate, days: number): CivilDate {
  return fromUtcMidnight(utcMidnight(date) + days * DAY_MS);
}

/** 0 = Sunday … 6 = Saturday. */
export function dayOfWeek(date: CivilDate): number {
  return new Date(utcMidnight(date)).getUTCDay();
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function calendarDaysBetween(from: CivilDate, to: CivilDate): number {
  return Math.round((utcMidnight(to) - utcMidnight(from)) / DAY_MS);
}
