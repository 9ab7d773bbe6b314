import type { CivilDate } from './civil-date';
import { addCalendarDays, calendarDaysBetween, dayOfWeek } from './civil-date';

/**
 * The days a municipality works: Monday to Friday except the configured holidays (national ones
 * and the municipality's own, which change every year, so they come from the configuration).
 */
export type WorkingCalendar = {
  holidays: ReadonlySet<CivilDate>;
};

/** A calendar from the configured holiday list. */
export function workingCalendar(holidays: Iterable<CivilDate>): WorkingCalendar {
  return { holidays: new Set(holidays) };
}

/** True on a weekday that is not a holiday. */
export function isWorkingDay(date: CivilDate, calendar: WorkingCalendar): boolean {
  const weekday = dayOfWeek(date);
  return weekday !== 0 && weekday !== 6 && !calendar.holidays.has(date);
}

// More than any legal time limit in working days (the longest are a few months); guards a
// configuration that lists every day as a holiday from looping forever.
const MAX_SCAN_DAYS = 3660;

/**
 * The day on which a term of `days` working days that starts on `start` ends: the first day is
 * the working day after `start` (TUO Ley 27444 counts from the day after notification), so a
 * 2-working-day term that starts on a Friday ends on Tuesday. `days` = 0 gives `start`.
 */
export function addWorkingDays(
  start: CivilDate,
  days: number,
  calendar: WorkingCalendar,
): CivilDate {
  if (!Number.isInteger(days) || days < 0) {
    throw new RangeError(`A term in working days must be a whole number ≥ 0: ${days}`);
  }
  let date = start;
  let counted = 0;
  for (let scanned = 0; counted < days; scanned += 1) {
    if (scanned > MAX_SCAN_DAYS) throw new RangeError('No working days in the calendar');
    date = addCalendarDays(date, 1);
    if (isWorkingDay(date, calendar)) counted += 1;
  }
  return date;
}

/**
 * Working days after `from` up to and including `to` (0 when `to` is `from` or earlier): how far
 * into a term a day falls. Paying a fine on the 5th working day after it was imposed gives 5.
 */
export function workingDaysBetween(
  from: CivilDate,
  to: CivilDate,
  calendar: WorkingCalendar,
): number {
  const span = calendarDaysBetween(from, to);
  let count = 0;
  for (let offset = 1; offset <= span; offset += 1) {
    if (isWorkingDay(addCalendarDays(from, offset), calendar)) count += 1;
  }
  return count;
}
