import { addCalendarDays, calendarDaysBetween, dayOfWeek, parseCivilDate } from './civil-date';
import { addWorkingDays, isWorkingDay, workingCalendar, workingDaysBetween } from './working-days';

// 2026: 8 Dec (Inmaculada Concepción) and 9 Dec (Batalla de Ayacucho) are Tuesday and Wednesday;
// 25 Dec and 1 Jan 2027 are Fridays.
const PERU_2026 = workingCalendar(['2026-12-08', '2026-12-09', '2026-12-25', '2027-01-01']);
const NO_HOLIDAYS = workingCalendar([]);

describe('civil dates', () => {
  it.each([
    ['2026-11-23', '2026-11-23'],
    ['2024-02-29', '2024-02-29'],
    ['2026-02-29', null],
    ['2026-13-01', null],
    ['2026-1-5', null],
    ['05/01/2026', null],
    ['', null],
  ])('parseCivilDate(%j) → %j', (text, expected) => {
    expect(parseCivilDate(text)).toBe(expected);
  });

  it('moves across months, leap days and years', () => {
    expect(addCalendarDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addCalendarDays('2026-02-28', 1)).toBe('2026-03-01');
    expect(addCalendarDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addCalendarDays('2027-01-01', -1)).toBe('2026-12-31');
    expect(calendarDaysBetween('2026-12-31', '2027-01-02')).toBe(2);
    expect(calendarDaysBetween('2027-01-02', '2026-12-31')).toBe(-2);
  });

  it('knows the weekday', () => {
    expect(dayOfWeek('2026-11-23')).toBe(1);
    expect(dayOfWeek('2026-11-29')).toBe(0);
    expect(dayOfWeek('2026-11-28')).toBe(6);
  });

  it('refuses a malformed date instead of computing a wrong deadline', () => {
    expect(() => addCalendarDays('2026/11/23', 1)).toThrow(RangeError);
  });
});

describe('working days', () => {
  it.each([
    ['2026-11-27', true, 'a Friday'],
    ['2026-11-28', false, 'a Saturday'],
    ['2026-11-29', false, 'a Sunday'],
    ['2026-12-08', false, 'a holiday on a Tuesday'],
    ['2026-12-10', true, 'the Thursday after two holidays'],
  ])('%s is a working day: %s (%s)', (date, expected) => {
    expect(isWorkingDay(date, PERU_2026)).toBe(expected);
  });

  it.each([
    // start, days, end
    ['2026-11-23', 0, '2026-11-23'],
    ['2026-11-23', 2, '2026-11-25'], // Monday + 2 → Wednesday
    ['2026-11-26', 2, '2026-11-30'], // Thursday + 2 → Monday (skips the weekend)
    ['2026-11-27', 2, '2026-12-01'], // Friday + 2 → Tuesday
    ['2026-11-28', 1, '2026-11-30'], // filed on a Saturday: Monday is the first day
    ['2026-12-07', 2, '2026-12-11'], // Monday + 2 over 8 and 9 Dec → Friday
    ['2026-12-04', 5, '2026-12-15'], // Friday + 5 over a weekend and two holidays
    ['2026-12-24', 2, '2026-12-29'], // Thursday + 2 over Christmas and a weekend → Tuesday
    ['2026-12-30', 2, '2027-01-04'], // across the year and New Year's Day
  ])('%s + %d working days = %s', (start, days, end) => {
    expect(addWorkingDays(start, days, PERU_2026)).toBe(end);
  });

  it('counts the working days a date lies after another, on both sides of a weekend', () => {
    expect(workingDaysBetween('2026-11-23', '2026-11-23', PERU_2026)).toBe(0);
    expect(workingDaysBetween('2026-11-23', '2026-11-27', PERU_2026)).toBe(4);
    expect(workingDaysBetween('2026-11-23', '2026-11-29', PERU_2026)).toBe(4);
    expect(workingDaysBetween('2026-11-23', '2026-11-30', PERU_2026)).toBe(5);
    expect(workingDaysBetween('2026-11-23', '2026-12-01', PERU_2026)).toBe(6);
    expect(workingDaysBetween('2026-12-04', '2026-12-15', PERU_2026)).toBe(5);
    expect(workingDaysBetween('2026-12-04', '2026-12-15', NO_HOLIDAYS)).toBe(7);
    expect(workingDaysBetween('2026-11-30', '2026-11-23', PERU_2026)).toBe(0);
  });

  it('agrees with addWorkingDays: the end of an n-day term lies n working days after its start', () => {
    for (let offset = 0; offset < 40; offset += 1) {
      const start = addCalendarDays('2026-12-01', offset);
      for (const days of [1, 2, 5, 10]) {
        expect(workingDaysBetween(start, addWorkingDays(start, days, PERU_2026), PERU_2026)).toBe(
          days,
        );
      }
    }
  });

  it('refuses a negative or fractional term, and a calendar with no working day at all', () => {
    expect(() => addWorkingDays('2026-11-23', -1, PERU_2026)).toThrow(RangeError);
    expect(() => addWorkingDays('2026-11-23', 1.5, PERU_2026)).toThrow(RangeError);
    const everyDay = workingCalendar(
      Array.from({ length: 4000 }, (_, i) => addCalendarDays('2026-11-23', i)),
    );
    expect(() => addWorkingDays('2026-11-23', 1, everyDay)).toThrow(RangeError);
  });
});
