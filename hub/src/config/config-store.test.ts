import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pino from 'pino';
import { ConfigError } from '@cac/shared/storage';
import type { ConfigStoreLog } from './config-store';
import { OFFICE_CONFIG_FILE, assertNoDemoSecrets, openConfigStore } from './config-store';
import { createDemoOffice } from './demo-office';
import { hashDeviceKey, hashPin } from './secrets';

let dir: string;
let messages: { level: 'info' | 'warn'; message: string }[];
let log: ConfigStoreLog;

beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'cac-config-'));
  messages = [];
  log = {
    info: (message) => messages.push({ level: 'info', message }),
    warn: (message) => messages.push({ level: 'warn', message }),
  };
});

afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

function officeFile(): string {
  return path.join(dir, OFFICE_CONFIG_FILE);
}

async function storedJson(): Promise<unknown> {
  return JSON.parse(await readFile(officeFile(), 'utf8'));
}

describe('openConfigStore', () => {
  it('writes the demo office into an empty data folder', async () => {
    const store = await openConfigStore(path.join(dir, 'nuevo'), { createDemoIfEmpty: true, log });
    expect(store.file).toBe(path.join(dir, 'nuevo', OFFICE_CONFIG_FILE));
    expect(store.config().demo).toBe(true);
    expect(store.config().services.map((s) => s.prefix)).toEqual(['R', 'L', 'M', 'T', 'O']);
    expect(JSON.parse(await readFile(store.file, 'utf8'))).toEqual(store.config());
    expect(messages).toEqual([
      { level: 'info', message: `Se creó la oficina de demostración en ${store.file}.` },
    ]);
  });

  it('accepts a pino logger', async () => {
    const store = await openConfigStore(dir, {
      createDemoIfEmpty: true,
      log: pino({ level: 'silent' }),
    });
    expect(store.config().demo).toBe(true);
  });

  it('refuses an empty folder when the demo was not asked for', async () => {
    await expect(openConfigStore(dir, { createDemoIfEmpty: false, log })).rejects.toMatchObject({
      code: 'CONFIG_MISSING',
      message: expect.stringContaining(officeFile()),
    });
    expect(await readdir(dir)).toEqual([]);
  });

  it('reopens what it wrote, without rewriting it', async () => {
    const first = await openConfigStore(dir, { createDemoIfEmpty: true, log });
    const before = await readFile(officeFile(), 'utf8');
    const second = await openConfigStore(dir, { createDemoIfEmpty: false, log });
    expect(second.config()).toEqual(first.config());
    expect(await readFile(officeFile(), 'utf8')).toBe(before);
  });

  it('refuses an invalid file with one Spanish line per problem, and leaves it alone', async () => {
    const broken = createDemoOffice();
    broken.services = broken.services.map((s, i) => (i === 2 ? { ...s, prefix: 'mp' } : s));
    broken.windows = broken.windows.map((w, i) =>
      i === 0 ? { ...w, serviceIds: [...w.serviceIds, 'catastro'] } : w,
    );
    const text = JSON.stringify(broken);
    await writeFile(officeFile(), text);

    const error = await openConfigStore(dir, { createDemoIfEmpty: true, log }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ConfigError);
    const configError = error as ConfigError;
    expect(configError.code).toBe('CONFIG_INVALID');
    expect(configError.issues).toEqual([
      'services[2].prefix: El prefijo debe ser una o dos letras mayúsculas.',
      'windows[0].serviceIds[2]: La ventanilla "Ventanilla 1" (ventanilla-1) menciona el servicio "catastro", que no existe.',
    ]);
    expect(configError.message).toContain(`La configuración ${officeFile()} no es válida:`);
    expect(configError.message).toContain(
      '  - services[2].prefix: El prefijo debe ser una o dos letras mayúsculas.',
    );
    expect(await readFile(officeFile(), 'utf8')).toBe(text);
  });

  it('repairs a damaged file from its previous generation and says so', async () => {
    const store = await openConfigStore(dir, { createDemoIfEmpty: true, log });
    const result = await store.update((draft) => {
      draft.hours.text = 'Lunes a viernes de 08:00 a 16:00';
    });
    expect(result.ok).toBe(true);
    await writeFile(officeFile(), '\0'.repeat(300));

    messages = [];
    const reopened = await openConfigStore(dir, { createDemoIfEmpty: true, log });
    // The previous generation is the office before the update.
    expect(reopened.config().hours.text).toBe('Lunes a viernes de 07:30 a 15:30');
    expect(messages.map((m) => m.level)).toEqual(['warn', 'info']);
    expect(messages[0]?.message).toContain('está dañado (lleno de bytes nulos)');
    expect(await storedJson()).toEqual(reopened.config());
  });

  it('refuses to start when the file and its previous generation are both damaged', async () => {
    await writeFile(officeFile(), '');
    await writeFile(`${officeFile()}.prev`, '{"schemaVersion":');
    await expect(openConfigStore(dir, { createDemoIfEmpty: true, log })).rejects.toMatchObject({
      code: 'CONFIG_CORRUPT',
    });
  });
});

describe('ConfigStore.update', () => {
  it('validates, writes durably and publishes the new configuration', async () => {
    const store = await openConfigStore(dir, { createDemoIfEmpty: true, log });
    const result = await store.update((draft) => {
      draft.announcements.push('El jueves 28 no habrá atención por feriado.');
    });
    expect(result.ok).toBe(true);
    expect(store.config().announcements).toHaveLength(4);
    expect(await storedJson()).toEqual(store.config());
    const reopened = await openConfigStore(dir, { createDemoIfEmpty: false, log });
    expect(reopened.config().announcements[3]).toBe('El jueves 28 no habrá atención por feriado.');
  });

  it('accepts a mutator that returns a new document, and ignores a returned non-object', async () => {
    const store = await openConfigStore(dir, { createDemoIfEmpty: true, log });
    const result = await store.update((draft) => ({ ...draft, ticketFooter: 'Gracias.' }));
    expect(result).toMatchObject({ ok: true, value: { ticketFooter: 'Gracias.' } });
    const pushed = await store.update((draft) => draft.announcements.push('Aviso nuevo.'));
    expect(pushed).toMatchObject({ ok: true });
    expect(store.config().announcements).toContain('Aviso nuevo.');
  });

  it('never writes an invalid configuration', async () => {
    const store = await openConfigStore(dir, { createDemoIfEmpty: true, log });
    const before = await readFile(officeFile(), 'utf8');
    const config = store.config();

    const result = await store.update((draft) => {
      draft.windows = draft.windows.map((w, i) =>
        i === 0 ? { ...w, serviceIds: ['registro-civil', 'catastro'] } : w,
      );
      draft.dayCloseTime = '25:00';
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('INVALID_PAYLOAD');
    expect(result.error.details?.issues).toEqual([
      'dayCloseTime: La hora de cierre debe tener la forma HH:MM (de 00:00 a 23:59).',
      'windows[0].serviceIds[1]: La ventanilla "Ventanilla 1" (ventanilla-1) menciona el servicio "catastro", que no existe.',
    ]);
    expect(result.error.message).toContain('no se guardó');
    expect(store.config()).toBe(config);
    expect(await readFile(officeFile(), 'utf8')).toBe(before);
  });

  it('answers a throwing mutator with an error and changes nothing', async () => {
    const store = await openConfigStore(dir, { createDemoIfEmpty: true, log });
    const config = store.config();
    const result = await store.update(() => {
      throw new Error('boom');
    });
    expect(result).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
    expect(store.config()).toBe(config);
  });

  it('hands out a frozen configuration, and mutators work on a copy', async () => {
    const store = await openConfigStore(dir, { createDemoIfEmpty: true, log });
    expect(Object.isFrozen(store.config().services[0]?.outcomes)).toBe(true);
    expect(() => {
      store.config().announcements.push('x');
    }).toThrow(TypeError);
    const before = store.config();
    await store.update((draft) => {
      draft.announcements.length = 0;
    });
    expect(before.announcements).toHaveLength(3);
  });

  it('runs updates one after another, each on the result of the previous', async () => {
    const store = await openConfigStore(dir, { createDemoIfEmpty: true, log });
    const results = await Promise.all(
      Array.from({ length: 10 }, (_, n) =>
        store.update((draft) => {
          draft.announcements.push(`Aviso ${n}`);
        }),
      ),
    );
    expect(results.every((r) => r.ok)).toBe(true);
    expect(store.config().announcements.slice(3)).toEqual(
      Array.from({ length: 10 }, (_, n) => `Aviso ${n}`),
    );
    expect(await storedJson()).toEqual(store.config());
  });

  it('refuses to leave demo mode while demo secrets remain', async () => {
    const store = await openConfigStore(dir, { createDemoIfEmpty: true, log });
    const refused = await store.update((draft) => {
      draft.demo = false;
    });
    expect(refused).toMatchObject({ ok: false, error: { code: 'INVALID_PAYLOAD' } });
    expect(store.config().demo).toBe(true);

    const accepted = await store.update((draft) => {
      draft.demo = false;
      draft.users = draft.users.map((u, i) => ({ ...u, pinHash: hashPin(`80${i}3`) }));
      draft.devices = draft.devices.map((d) => ({ ...d, keyHash: hashDeviceKey(`${d.id}-k`) }));
    });
    expect(accepted.ok).toBe(true);
    expect(store.config().demo).toBe(false);
  });
});

describe('assertNoDemoSecrets', () => {
  it('lets the demo office run with its published secrets', () => {
    expect(() => assertNoDemoSecrets(createDemoOffice())).not.toThrow();
  });

  it('stops a real office that still uses them, naming each one', () => {
    const office = { ...createDemoOffice(), demo: false };
    let error: unknown;
    try {
      assertNoDemoSecrets(office);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const configError = error as ConfigError;
    expect(configError.code).toBe('DEMO_SECRETS_IN_USE');
    expect(configError.issues).toHaveLength(11);
    expect(configError.message).toContain('"clerk6"');
    expect(configError.message).toContain('"display-2"');
  });

  it('lets a real office with its own secrets run', () => {
    const demo = createDemoOffice();
    const office = {
      ...demo,
      demo: false,
      users: demo.users.map((u) => ({ ...u, pinHash: hashPin('7391') })),
      devices: demo.devices.map((d) => ({ ...d, keyHash: hashDeviceKey(`${d.id}-long-secret`) })),
    };
    expect(() => assertNoDemoSecrets(office)).not.toThrow();
  });
});
