import { localMinutesOf, officeDayOf, parseClockTime } from './office-day';

const LIMA = 'America/Lima';

describe('officeDayOf and localMinutesOf', () => {
  it.each([
    // Lima is UTC-5 all year (no DST): the office day changes at 05:00 UTC.
    ['2026-03-02T04:59:00Z', LIMA, '2026-03-01', 23 * 60 + 59],
    ['2026-03-02T04:59:59.999Z', LIMA, '2026-03-01', 23 * 60 + 59],
    ['2026-03-02T05:00:00Z', LIMA, '2026-03-02', 0],
    ['2026-03-02T13:00:00Z', LIMA, '2026-03-02', 8 * 60],
    ['2026-03-02T21:30:00Z', LIMA, '2026-03-02', 16 * 60 + 30],
    ['2026-01-01T04:59:59Z', LIMA, '2025-12-31', 23 * 60 + 59],
    ['2026-07-15T12:00:00Z', LIMA, '2026-07-15', 7 * 60],
    ['2028-02-29T20:00:00Z', LIMA, '2028-02-29', 15 * 60],
    ['2026-03-02T04:59:00Z', 'UTC', '2026-03-02', 4 * 60 + 59],
    // A zone with DST, to show the answer comes from the zone's rules, not a fixed offset.
    ['2026-03-08T06:30:00Z', 'America/New_York', '2026-03-08', 1 * 60 + 30],
    ['2026-03-08T07:30:00Z', 'America/New_York', '2026-03-08', 3 * 60 + 30],
  ])('%s in %s is %s at minute %i', (iso, timeZone, day, minutes) => {
    const now = Date.parse(iso);
    expect(officeDayOf(now, timeZone)).toBe(day);
    expect(localMinutesOf(now, timeZone)).toBe(minutes);
  });

  it('keeps zones apart when they alternate (one cached formatter per zone)', () => {
    const now = Date.parse('2026-03-02T03:00:00Z');
    expect([LIMA, 'Asia/Tokyo', LIMA, 'UTC'].map((zone) => officeDayOf(now, zone))).toEqual([
      '2026-03-01',
      '2026-03-02',
      '2026-03-01',
      '2026-03-02',
    ]);
  });

  it('refuses an unknown time zone', () => {
    expect(() => officeDayOf(0, 'Mars/Olympus')).toThrow(RangeError);
  });
});

describe('parseClockTime', () => {
  it.each([
    ['00:00', 0],
    ['07:30', 450],
    ['16:30', 990],
    ['23:59', 1439],
  ])('%s is minute %i', (clock, minutes) => {
    expect(parseClockTime(clock)).toBe(minutes);
  });

  it.each(['24:00', '7:30', '16:60', '', '16:30:00', 'ab:cd', ' 16:30', '16h30'])(
    'refuses %j',
    (clock) => {
      expect(() => parseClockTime(clock)).toThrow(RangeError);
    },
  );
});
