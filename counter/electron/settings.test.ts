import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import {
  counterStartUrl,
  DEFAULT_COUNTER_SETTINGS,
  loadCounterSettings,
  parseCounterSettings,
  saveCounterSettings,
  settingsPath,
} from './settings';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'counter-settings-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('parseCounterSettings', () => {
  it('accepts the hub URL, trimmed', () => {
    expect(parseCounterSettings({ hubUrl: ' http://192.168.1.10:4700 ' })).toEqual({
      ok: true,
      value: { hubUrl: 'http://192.168.1.10:4700' },
    });
  });

  it.each([
    [{ hubUrl: 'ftp://hub' }, 'debe empezar por http:// o https://'],
    [{ hubUrl: 'hub' }, 'no es una URL'],
    [{ hubUrl: 'http://admin:x@hub' }, 'usuario ni contraseña'],
    [{}, 'Falta la dirección del hub'],
    [{ hubUrl: 'http://hub', deviceKey: 'x' }, 'claves desconocidas: deviceKey'],
    ['http://hub', 'deben ser un objeto con hubUrl'],
  ])('refuses %j with a Spanish reason and SETTINGS_INVALID', (input, reason) => {
    const parsed = parseCounterSettings(input, '/x/counter-settings.json');
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.error.code).toBe('SETTINGS_INVALID');
    expect(parsed.error.message).toContain(
      'Los ajustes de la ventanilla en /x/counter-settings.json',
    );
    expect(parsed.error.issues.join(' ')).toContain(reason);
  });
});

describe('loadCounterSettings', () => {
  it('creates counter-settings.json with the hub on this machine the first time', async () => {
    expect(await loadCounterSettings(dir)).toEqual({ ok: true, value: DEFAULT_COUNTER_SETTINGS });
    expect(settingsPath(dir)).toBe(path.join(dir, 'counter-settings.json'));
    expect(JSON.parse(await readFile(settingsPath(dir), 'utf8'))).toEqual(DEFAULT_COUNTER_SETTINGS);
  });

  it('remembers the hub URL it was given', async () => {
    await saveCounterSettings(dir, { hubUrl: 'http://192.168.1.10:4700' });
    expect(await loadCounterSettings(dir)).toEqual({
      ok: true,
      value: { hubUrl: 'http://192.168.1.10:4700' },
    });
  });

  it('gives SETTINGS_INVALID for a file a technician got wrong', async () => {
    await writeFile(settingsPath(dir), JSON.stringify({ hubUrl: 'hub.local' }));
    const loaded = await loadCounterSettings(dir);
    expect(loaded).toMatchObject({ ok: false, error: { code: 'SETTINGS_INVALID' } });
  });
});

describe('counterStartUrl', () => {
  it('opens /counter/ on the hub', () => {
    expect(counterStartUrl({ hubUrl: 'http://192.168.1.10:4700' })).toBe(
      'http://192.168.1.10:4700/counter/',
    );
    expect(counterStartUrl({ hubUrl: 'https://cac.muni.gob.pe/' })).toBe(
      'https://cac.muni.gob.pe/counter/',
    );
  });
});
