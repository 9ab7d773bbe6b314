// A .tsx file although it has no JSX: the `ui` test project collects kiosk tests as *.test.tsx.
import { screenDay, screenMoment, spokenDay } from './lookup-dates';

describe('expediente dates', () => {
  it('writes a day the way the cargo does in Spanish, with the month in words in English', () => {
    expect(screenDay('2026-12-01', 'es')).toBe('01/12/2026');
    expect(screenDay('2026-12-01', 'en')).toBe('December 1, 2026');
  });

  it('says a day in words, whatever the zone of the PC', () => {
    expect(spokenDay('2026-12-01', 'es')).toBe('1 de diciembre de 2026');
    expect(spokenDay('2026-12-01', 'en')).toBe('December 1, 2026');
  });

  it('shows a moment of the history in Lima time', () => {
    expect(screenMoment('2026-11-27T15:05:00.000Z', 'America/Lima', 'es')).toBe(
      '27/11/2026, 10:05',
    );
    // Just after midnight UTC is still the day before in Lima.
    expect(screenMoment('2026-12-02T03:30:00.000Z', 'America/Lima', 'es')).toBe(
      '01/12/2026, 22:30',
    );
    expect(screenMoment('2026-11-27T15:05:00.000Z', 'America/Lima', 'en')).toMatch(
      /^Nov 27, 2026, 10:05\sAM$/,
    );
  });
});
