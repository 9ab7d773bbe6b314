import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { DisplaySettings } from './settings';
import { DEFAULT_DISPLAY_SETTINGS, displaySettings, displayStartUrl } from './settings';

const GOOD: DisplaySettings = {
  hubUrl: 'http://192.168.1.10:4700',
  deviceKey: 'display-1-Zx8k3y',
  zone: ['registro-civil', 'ventanilla-1'],
  orientation: 'portrait',
  sound: true,
  media: true,
  pad: '',
  autostart: false,
};

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'display-settings-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('parseDisplaySettings', () => {
  it('accepts good settings', () => {
    expect(displaySettings.parse(GOOD)).toEqual({ ok: true, value: GOOD });
  });

  it('accepts an empty zone (the whole office) and every orientation the page knows', () => {
    expect(displaySettings.parse({ ...GOOD, zone: [] })).toMatchObject({
      ok: true,
      value: { zone: [] },
    });
    for (const orientation of ['auto', 'landscape', 'portrait', 'portrait-reverse']) {
      expect(displaySettings.parse({ ...GOOD, orientation }).ok).toBe(true);
    }
  });

  it.each([
    [{ ...GOOD, hubUrl: 'ftp://hub' }, 'debe empezar por http:// o https://'],
    [{ ...GOOD, deviceKey: 'con espacio' }, 'no puede tener espacios'],
    [{ ...GOOD, zone: ['Registro Civil'] }, 'minúsculas sin tildes'],
    [{ ...GOOD, zone: 'registro-civil' }, 'debe ser una lista'],
    [{ ...GOOD, zone: [3] }, 'Cada elemento de la zona (zone) debe ser un texto'],
    [{ ...GOOD, zone: Array.from({ length: 51 }, (_, i) => `s-${i}`) }, 'más de 50'],
    [{ ...GOOD, orientation: 'vertical' }, '"portrait" (vertical)'],
    [{ ...GOOD, autostart: 'sí' }, 'autostart'],
    [{ ...GOOD, printer: {} }, 'claves desconocidas: printer'],
    [{ ...GOOD, pad: 'Ventanilla 3' }, '"ventanilla-3"'],
    [
      null,
      'deben ser un objeto con hubUrl, deviceKey, zone, orientation, sound, media, pad y autostart',
    ],
  ])('refuses %j with a Spanish reason and SETTINGS_INVALID', (input, reason) => {
    const parsed = displaySettings.parse(input, '/x/display-settings.json');
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.error.code).toBe('SETTINGS_INVALID');
    expect(parsed.error.message).toContain(
      'Los ajustes de la pantalla en /x/display-settings.json',
    );
    expect(parsed.error.issues.join(' ')).toContain(reason);
  });
});

describe('loadDisplaySettings', () => {
  it('creates display-settings.json with the defaults the first time', async () => {
    expect(await displaySettings.load(dir)).toEqual({ ok: true, value: DEFAULT_DISPLAY_SETTINGS });
    expect(JSON.parse(await readFile(displaySettings.path(dir), 'utf8'))).toEqual(
      DEFAULT_DISPLAY_SETTINGS,
    );
  });

  it('reads back what was saved', async () => {
    await displaySettings.save(dir, GOOD);
    expect(await displaySettings.load(dir)).toEqual({ ok: true, value: GOOD });
  });

  it('does not save invalid settings', async () => {
    await displaySettings.save(dir, GOOD);
    const saved = await displaySettings.save(dir, { ...GOOD, orientation: 'diagonal' });
    expect(saved).toMatchObject({ ok: false, error: { code: 'SETTINGS_INVALID' } });
    expect(await displaySettings.load(dir)).toEqual({ ok: true, value: GOOD });
  });
});

describe('displayStartUrl', () => {
  it('opens /display/ with the key, the zone (ids separated by commas) and the orientation', () => {
    const url = new URL(displayStartUrl(GOOD));
    expect(url.origin + url.pathname).toBe('http://192.168.1.10:4700/display/');
    expect([...url.searchParams]).toEqual([
      ['key', 'display-1-Zx8k3y'],
      ['zone', 'registro-civil,ventanilla-1'],
      ['orientation', 'portrait'],
    ]);
  });

  it('leaves out the key and the zone when there are none', () => {
    expect(displayStartUrl(DEFAULT_DISPLAY_SETTINGS)).toBe(
      'http://127.0.0.1:4700/display/?orientation=auto',
    );
  });

  it('silences the screen or hides its media when the settings say so', () => {
    const url = new URL(displayStartUrl({ ...GOOD, sound: false, media: false }));
    expect(url.searchParams.get('sound')).toBe('off');
    expect(url.searchParams.get('media')).toBe('off');
  });
});

describe('the rating pad setting', () => {
  it('opens the page as that window’s rating pad', () => {
    const url = new URL(displayStartUrl({ ...GOOD, pad: 'ventanilla-3' }));
    expect(url.searchParams.get('pad')).toBe('ventanilla-3');
  });

  it('defaults to a hall display for a settings file written before it existed', () => {
    const { pad: _pad, ...older } = GOOD;
    expect(displaySettings.parse(older)).toMatchObject({ ok: true, value: { pad: '' } });
  });
});

describe('sound and media settings', () => {
  it('default to on for a settings file written before they existed', () => {
    const { sound: _sound, media: _media, ...older } = GOOD;
    expect(displaySettings.parse(older)).toMatchObject({
      ok: true,
      value: { sound: true, media: true },
    });
  });

  it('refuse anything but true or false, in Spanish', () => {
    expect(JSON.stringify(displaySettings.parse({ ...GOOD, sound: 'no' }))).toContain(
      'El sonido (sound) debe ser true',
    );
  });
});
