// A .tsx file although it has no JSX: the `ui` test project collects kiosk tests as *.test.tsx.
import {
  enteredNumber,
  groupedKey,
  missingKeySlots,
  offeredYears,
  officeYear,
  paddedSequence,
  printedNumber,
} from './lookup-entry';

describe('lookup entry', () => {
  it('offers this year and the three before it, newest first', () => {
    expect(offeredYears(2026)).toEqual([2026, 2025, 2024, 2023]);
  });

  it('takes the year from Lima’s clock, not UTC’s', () => {
    // 03:00 UTC on New Year's Day is still 22:00 of 31 December in Lima.
    expect(officeYear(Date.parse('2027-01-01T03:00:00Z'), 'America/Lima')).toBe(2026);
    expect(officeYear(Date.parse('2027-01-01T05:00:00Z'), 'America/Lima')).toBe(2027);
  });

  it.each([
    ['123', 2026, { year: 2026, sequence: 123 }],
    ['000123', 2025, { year: 2025, sequence: 123 }],
    ['999999', 2026, { year: 2026, sequence: 999_999 }],
    ['', 2026, null],
    ['0', 2026, null],
    ['000000', 2026, null],
    ['1234567', 2026, null],
  ])('digits %j of %i name %j', (digits, year, expected) => {
    expect(enteredNumber({ digits, year })).toEqual(expected);
  });

  it('shows the number as the cargo prints it, with the zeros the screen adds apart', () => {
    expect(paddedSequence('123')).toEqual({ padding: '000', typed: '123' });
    expect(paddedSequence('000123')).toEqual({ padding: '', typed: '000123' });
    expect(paddedSequence('')).toEqual({ padding: '000000', typed: '' });
    expect(printedNumber('Expediente N°', '123', 2026)).toBe('Expediente N° 000123-2026');
  });

  it.each([
    ['', '', '____-____'],
    ['482', '482', '_-____'],
    ['4821', '4821', '-____'],
    ['48210', '4821-0', '___'],
    ['48210937', '4821-0937', ''],
  ])('groups the key %j as %j, with %j still to fill', (key, grouped, missing) => {
    expect(groupedKey(key)).toBe(grouped);
    expect(missingKeySlots(key)).toBe(missing);
    expect((grouped + missing).length).toBe(9);
  });
});
