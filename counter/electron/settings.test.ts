import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { counterSettings, counterStartUrl, DEFAULT_COUNTER_SETTINGS } from './settings';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'counter-settings-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('parseCounterSettings', () => {
  it('accepts the hub URL, trimmed', () => {
    expect(counterSettings.parse({ hubUrl: ' http://192.168.1.10:4700 ' })).toEqual({
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
    const parsed = counterSettings.parse(input, '/x/counter-settings.json');
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
    expect(await counterSettings.load(dir)).toEqual({ ok: true, value: DEFAULT_COUNTER_SETTINGS });
    expect(counterSettings.path(dir)).toBe(path.join(dir, 'counter-settings.json'));
    expect(JSON.parse(await readFile(counterSettings.path(dir), 'utf8'))).toEqual(
      DEFAULT_COUNTER_SETTINGS,
    );
  });

  it('remembers the hub URL it was given', async () => {
    await counterSettings.save(dir, { hubUrl: 'http://192.168.1.10:4700' });
    expect(await counterSettings.load(dir)).toEqual({
      ok: true,
      value: { hubUrl: 'http://192.168.1.10:4700' },
    });
  });

  it('gives SETTINGS_INVALID for a file a technician got wrong', async () => {
    await writeFile(counterSettings.path(dir), JSON.stringify({ hubUrl: 'hub.local' }));
    const loaded = await counterSettings.load(dir);
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
