import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { DEFAULT_KIOSK_SETTINGS, kioskSettings, kioskStartUrl } from './settings';

const GOOD = {
  hubUrl: 'http://192.168.1.10:4700',
  deviceKey: 'kiosk-1-Zx8k3y',
  printer: { target: 'tcp://192.168.1.50:9100', profile: { paperMm: 58, qr: 'native' } },
  autostart: false,
};

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'kiosk-settings-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('parseKioskSettings', () => {
  it('accepts good settings and fills the printer profile defaults', () => {
    const parsed = kioskSettings.parse(GOOD);
    expect(parsed).toEqual({
      ok: true,
      value: {
        ...GOOD,
        printer: { ...GOOD.printer, profile: { paperMm: 58, qr: 'native', codePage: 'PC850' } },
      },
    });
  });

  it.each([
    [{ ...GOOD, hubUrl: 'ftp://hub' }, 'debe empezar por http:// o https://'],
    [{ ...GOOD, hubUrl: 'hub' }, 'no es una URL'],
    [{ ...GOOD, hubUrl: 'http://admin:x@hub' }, 'usuario ni contraseña'],
    [{ ...GOOD, deviceKey: 'con espacio' }, 'no puede tener espacios'],
    [{ ...GOOD, printer: { ...GOOD.printer, target: 'impresora' } }, 'no se reconoce'],
    [{ ...GOOD, printer: { ...GOOD.printer, profile: { paperMm: 72 } } }, '58 u 80 milímetros'],
    [{ ...GOOD, autostart: 'sí' }, 'autostart'],
    [{ ...GOOD, extra: 1 }, 'claves desconocidas: extra'],
    [[], 'deben ser un objeto'],
  ])('refuses %j with a Spanish reason', (input, reason) => {
    const parsed = kioskSettings.parse(input, '/x/kiosk-settings.json');
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.error.code).toBe('SETTINGS_INVALID');
    expect(parsed.error.message).toContain('/x/kiosk-settings.json');
    expect(parsed.error.issues.join(' ')).toContain(reason);
  });
});

// Damaged files, the previous generation and unusable folders are the shared store's behaviour,
// tested once in shared/src/electron/settings-store.test.ts.
describe('loadKioskSettings', () => {
  it('creates the file with the defaults on first start', async () => {
    const loaded = await kioskSettings.load(dir);
    expect(loaded).toEqual({ ok: true, value: DEFAULT_KIOSK_SETTINGS });
    const stored: unknown = JSON.parse(await readFile(kioskSettings.path(dir), 'utf8'));
    expect(stored).toEqual(DEFAULT_KIOSK_SETTINGS);
  });

  it('reads what was saved', async () => {
    const saved = await kioskSettings.save(dir, GOOD);
    expect(saved.ok).toBe(true);
    const loaded = await kioskSettings.load(dir);
    expect(loaded.ok && loaded.value.printer.target).toBe('tcp://192.168.1.50:9100');
    expect(loaded.ok && loaded.value.autostart).toBe(false);
  });

  it('does not save invalid settings and keeps the file as it was', async () => {
    await kioskSettings.save(dir, GOOD);
    const saved = await kioskSettings.save(dir, { ...GOOD, hubUrl: 'nada' });
    expect(saved.ok).toBe(false);
    const stored: unknown = JSON.parse(await readFile(kioskSettings.path(dir), 'utf8'));
    expect(stored).toMatchObject({ hubUrl: GOOD.hubUrl });
  });

  it('gives SETTINGS_INVALID for a file a technician got wrong', async () => {
    await writeFile(kioskSettings.path(dir), JSON.stringify({ ...GOOD, hubUrl: 'ftp://x' }));
    const loaded = await kioskSettings.load(dir);
    expect(loaded.ok).toBe(false);
    if (!loaded.ok) expect(loaded.error.code).toBe('SETTINGS_INVALID');
  });
});

describe('kioskStartUrl', () => {
  it('opens /kiosk/ on the hub with the device key', () => {
    expect(kioskStartUrl({ hubUrl: 'http://192.168.1.10:4700/', deviceKey: 'k 1' })).toBe(
      'http://192.168.1.10:4700/kiosk/?key=k+1',
    );
  });

  it('opens /kiosk/ without a key when there is none', () => {
    expect(kioskStartUrl({ hubUrl: 'https://cac.muni.gob.pe', deviceKey: '' })).toBe(
      'https://cac.muni.gob.pe/kiosk/',
    );
  });
});
