import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { z } from 'zod';
import { HubUrlField } from './settings-fields';
import { createSettingsStore } from './settings-store';

// A shell's settings as small as they get: the store does not care what the schema holds.
const store = createSettingsStore({
  fileName: 'test-settings.json',
  owner: 'de la prueba',
  schema: z.strictObject(
    { hubUrl: HubUrlField, volume: z.number().int().min(0).max(10).default(5) },
    { error: 'Los ajustes de la prueba deben ser un objeto con hubUrl.' },
  ),
  defaults: { hubUrl: 'http://127.0.0.1:4700', volume: 5 },
});

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'shell-settings-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('createSettingsStore: parse', () => {
  it('accepts good settings and fills the schema defaults', () => {
    expect(store.parse({ hubUrl: 'http://192.168.1.10:4700' })).toEqual({
      ok: true,
      value: { hubUrl: 'http://192.168.1.10:4700', volume: 5 },
    });
  });

  it('refuses bad settings with SETTINGS_INVALID, the file and every problem in Spanish', () => {
    const parsed = store.parse({ hubUrl: 'ftp://hub', volume: 11 }, '/x/test-settings.json');
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.error.code).toBe('SETTINGS_INVALID');
    expect(parsed.error.message).toMatch(
      /^Los ajustes de la prueba en \/x\/test-settings\.json no son válidos: /,
    );
    expect(parsed.error.issues).toHaveLength(2);
    expect(parsed.error.issues[0]).toContain('http:// o https://');
  });
});

describe('createSettingsStore: load and save', () => {
  it('creates the file with the defaults the first time', async () => {
    const loaded = await store.load(dir);
    expect(loaded).toEqual({ ok: true, value: { hubUrl: 'http://127.0.0.1:4700', volume: 5 } });
    expect(store.path(dir)).toBe(path.join(dir, 'test-settings.json'));
    expect(JSON.parse(await readFile(store.path(dir), 'utf8'))).toEqual(
      loaded.ok ? loaded.value : null,
    );
  });

  it('creates the userData folder when it does not exist yet', async () => {
    const fresh = path.join(dir, 'AppData', 'cac-test');
    expect(await store.load(fresh)).toMatchObject({ ok: true });
    expect(await readFile(store.path(fresh), 'utf8')).toContain('127.0.0.1:4700');
    const other = path.join(dir, 'other');
    expect(await store.save(other, { hubUrl: 'http://hub' })).toMatchObject({ ok: true });
  });

  it('reads back what was saved', async () => {
    const saved = await store.save(dir, { hubUrl: 'https://cac.muni.gob.pe', volume: 2 });
    expect(saved.ok).toBe(true);
    expect(await store.load(dir)).toEqual({
      ok: true,
      value: { hubUrl: 'https://cac.muni.gob.pe', volume: 2 },
    });
  });

  it('refuses to save invalid settings and keeps the file as it was', async () => {
    await store.save(dir, { hubUrl: 'http://192.168.1.10:4700' });
    const saved = await store.save(dir, { hubUrl: 'hub' });
    expect(saved).toMatchObject({ ok: false, error: { code: 'SETTINGS_INVALID' } });
    expect(await store.load(dir)).toMatchObject({
      ok: true,
      value: { hubUrl: 'http://192.168.1.10:4700' },
    });
  });

  it('gives SETTINGS_INVALID for a file a technician edited wrongly', async () => {
    await writeFile(store.path(dir), JSON.stringify({ hubUrl: 'http://hub', extra: true }));
    const loaded = await store.load(dir);
    expect(loaded).toMatchObject({ ok: false, error: { code: 'SETTINGS_INVALID' } });
  });

  it('gives SETTINGS_CORRUPT when the file and its previous generation are damaged', async () => {
    await writeFile(store.path(dir), '{"hubUrl": "http://');
    const loaded = await store.load(dir);
    expect(loaded.ok).toBe(false);
    if (loaded.ok) return;
    expect(loaded.error.code).toBe('SETTINGS_CORRUPT');
    expect(loaded.error.message).toContain('JSON inválido o incompleto');
  });

  it('falls back to the previous generation when a power cut filled the file with NUL bytes', async () => {
    await store.save(dir, { hubUrl: 'http://192.168.1.10:4700', volume: 1 });
    await store.save(dir, { hubUrl: 'http://192.168.1.10:4700', volume: 9 });
    await writeFile(store.path(dir), Buffer.alloc(64));
    const recovered: string[] = [];
    const loaded = await store.load(dir, { onRecover: (m) => recovered.push(m) });
    expect(loaded).toMatchObject({ ok: true, value: { volume: 1 } });
    expect(recovered).toHaveLength(1);
    expect(recovered[0]).toContain('generación anterior');
  });

  it('gives SETTINGS_UNREADABLE when the folder cannot be used', async () => {
    const notAFolder = path.join(dir, 'file');
    await writeFile(notAFolder, 'x');
    const loaded = await store.load(notAFolder);
    expect(loaded.ok).toBe(false);
    if (!loaded.ok) {
      expect(loaded.error.code).toMatch(/^SETTINGS_(UNREADABLE|CORRUPT)$/);
      expect(loaded.error.message.length).toBeGreaterThan(0);
    }
  });

  it('hands out copies: changing a loaded value does not change the defaults', async () => {
    const first = await store.load(dir);
    if (first.ok) first.value.volume = 0;
    await rm(store.path(dir));
    expect(await store.load(dir)).toMatchObject({ ok: true, value: { volume: 5 } });
  });
});
