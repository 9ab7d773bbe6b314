// A .tsx file although it has no JSX: the `ui` test project collects display tests as *.test.tsx.
import { DEFAULT_DISPLAY_SETTINGS, readDisplaySettings } from './display-settings';

describe('readDisplaySettings', () => {
  it('keeps the defaults for an empty address', () => {
    expect(readDisplaySettings('')).toEqual(DEFAULT_DISPLAY_SETTINGS);
    expect(DEFAULT_DISPLAY_SETTINGS).toEqual({
      zone: null,
      orientation: 'auto',
      sound: true,
      media: true,
    });
  });

  it('reads a zone as a list of ids, ignoring blanks, repeats and typos', () => {
    expect(
      readDisplaySettings('?zone=registro-civil, ventanilla-1,,Registro-Civil,a%20b').zone,
    ).toEqual(['registro-civil', 'ventanilla-1']);
    expect(readDisplaySettings('?zone=').zone).toBeNull();
    expect(readDisplaySettings('?zone=%20,').zone).toBeNull();
  });

  it.each([
    ['?orientation=portrait', 'portrait'],
    ['?orientation=PORTRAIT', 'portrait'],
    ['?orientation=portrait-reverse', 'portrait-reverse'],
    ['?orientation=landscape', 'landscape'],
    ['?orientation=sideways', 'auto'],
  ] as const)('%s → %s', (search, orientation) => {
    expect(readDisplaySettings(search).orientation).toBe(orientation);
  });

  it.each([
    ['?sound=off', false],
    ['?sound=0', false],
    ['?sound=no', false],
    ['?sound=false', false],
    ['?sound=on', true],
    ['?sound=1', true],
  ] as const)('%s → sound %s', (search, sound) => {
    expect(readDisplaySettings(search).sound).toBe(sound);
  });

  it('turns the media panel off with ?media=off', () => {
    expect(readDisplaySettings('?media=off&lang=en').media).toBe(false);
    expect(readDisplaySettings('?lang=en').media).toBe(true);
  });
});
