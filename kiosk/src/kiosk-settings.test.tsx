// A .tsx file although it has no JSX: the `ui` test project collects kiosk tests as *.test.tsx.
import { DEFAULT_KIOSK_SETTINGS, kioskSettingsFromSearch } from './kiosk-settings';

describe('kioskSettingsFromSearch', () => {
  it('has 12 s to read the ticket, 30 s of idle and voice guidance by default', () => {
    expect(kioskSettingsFromSearch('')).toEqual({
      returnAfterMs: 12_000,
      idleAfterMs: 30_000,
      voiceGuidance: true,
    });
  });

  it.each([
    ['?returnAfter=20', { returnAfterMs: 20_000 }],
    ['?returnAfter=3', { returnAfterMs: 3_000 }],
    ['?returnAfter=2', {}],
    ['?returnAfter=121', {}],
    ['?returnAfter=1e3', {}],
    ['?returnAfter=-5', {}],
    ['?returnAfter=', {}],
    ['?idleAfter=45', { idleAfterMs: 45_000 }],
    ['?idleAfter=9', {}],
    ['?voice=off', { voiceGuidance: false }],
    ['?voice=0', { voiceGuidance: false }],
    ['?voice=on', { voiceGuidance: true }],
    ['?voice=maybe', {}],
    ['?key=abc&returnAfter=15&voice=off', { returnAfterMs: 15_000, voiceGuidance: false }],
  ])('%s', (search, expected) => {
    expect(kioskSettingsFromSearch(search)).toEqual({ ...DEFAULT_KIOSK_SETTINGS, ...expected });
  });

  it('keeps a device’s own settings where the address says nothing', () => {
    const base = { returnAfterMs: 20_000, idleAfterMs: 60_000, voiceGuidance: false };
    expect(kioskSettingsFromSearch('?idleAfter=40', base)).toEqual({
      ...base,
      idleAfterMs: 40_000,
    });
  });
});
