import { mkdtemp, open, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Low } from 'lowdb';
import { ConfigError } from './config-error';
import { durableJsonFile } from './durable-json-file';

type Doc = { n: number; name: string };

let dir: string;
let file: string;

beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'cac-durable-'));
  file = path.join(dir, 'office.json');
});

afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const DAMAGE = [
  ['empty', ''],
  ['NUL-filled', '\0'.repeat(512)],
  ['truncated', '{\n  "n": 2,\n  "na'],
  ['null', 'null'],
] as const;

describe('durableJsonFile', () => {
  it('reads null when the file does not exist', async () => {
    expect(await durableJsonFile<Doc>(file).read()).toBeNull();
  });

  it('round-trips a document as readable JSON', async () => {
    const adapter = durableJsonFile<Doc>(file);
    await adapter.write({ n: 1, name: 'Cajamarca ñandú' });
    expect(await adapter.read()).toEqual({ n: 1, name: 'Cajamarca ñandú' });
    expect(await readFile(file, 'utf8')).toBe('{\n  "n": 1,\n  "name": "Cajamarca ñandú"\n}\n');
  });

  it('keeps the previous generation in <file>.prev', async () => {
    const adapter = durableJsonFile<Doc>(file);
    await adapter.write({ n: 1, name: 'uno' });
    expect(await readdir(dir)).toEqual(['office.json']);
    await adapter.write({ n: 2, name: 'dos' });
    expect(JSON.parse(await readFile(`${file}.prev`, 'utf8'))).toEqual({ n: 1, name: 'uno' });
    expect(JSON.parse(await readFile(file, 'utf8'))).toEqual({ n: 2, name: 'dos' });
  });

  it('fsyncs the new file, the previous generation and the folder', async () => {
    const probe = await open(path.join(dir, 'probe'), 'w');
    const prototype: { sync(): Promise<void> } = Object.getPrototypeOf(probe);
    await probe.close();
    const adapter = durableJsonFile<Doc>(file);
    await adapter.write({ n: 1, name: 'uno' });
    const sync = vi.spyOn(prototype, 'sync');
    try {
      await adapter.write({ n: 2, name: 'dos' });
      expect(sync).toHaveBeenCalledTimes(process.platform === 'win32' ? 2 : 3);
    } finally {
      sync.mockRestore();
    }
  });

  it.each(DAMAGE)(
    'falls back to the previous generation when the file is %s',
    async (_kind, bytes) => {
      const onRecover = vi.fn();
      const adapter = durableJsonFile<Doc>(file, { onRecover });
      await adapter.write({ n: 1, name: 'uno' });
      await adapter.write({ n: 2, name: 'dos' });
      await writeFile(file, bytes);

      expect(await adapter.read()).toEqual({ n: 1, name: 'uno' });
      expect(onRecover).toHaveBeenCalledTimes(1);
      expect(onRecover.mock.calls[0]?.[0]).toContain(`El archivo ${file} está dañado`);
      expect(onRecover.mock.calls[0]?.[0]).toContain(`${file}.prev`);
    },
  );

  it('never lets a damaged file replace the good previous generation', async () => {
    const adapter = durableJsonFile<Doc>(file, { onRecover: () => undefined });
    await adapter.write({ n: 1, name: 'uno' });
    await adapter.write({ n: 2, name: 'dos' });
    await writeFile(file, '');
    await adapter.write({ n: 3, name: 'tres' });
    expect(JSON.parse(await readFile(`${file}.prev`, 'utf8'))).toEqual({ n: 1, name: 'uno' });
    expect(await adapter.read()).toEqual({ n: 3, name: 'tres' });
  });

  it('throws CONFIG_CORRUPT naming the file when both generations are damaged', async () => {
    await writeFile(file, '\0\0\0');
    await writeFile(`${file}.prev`, '{"n":');
    const error = await durableJsonFile<Doc>(file)
      .read()
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConfigError);
    expect(error).toMatchObject({ code: 'CONFIG_CORRUPT' });
    expect((error as ConfigError).message).toBe(
      `El archivo ${file} está dañado (lleno de bytes nulos) y su generación anterior ${file}.prev ` +
        'también está dañada (JSON inválido o incompleto). Restaure una copia de seguridad de ese archivo.',
    );
  });

  it('throws CONFIG_CORRUPT when the file is damaged and there is no previous generation', async () => {
    await writeFile(file, '');
    await expect(durableJsonFile<Doc>(file).read()).rejects.toMatchObject({
      code: 'CONFIG_CORRUPT',
      message: expect.stringContaining('no existe'),
    });
  });

  it('leaves no temp files behind, and removes those a crash left', async () => {
    await writeFile(path.join(dir, '.office.json.999.abcdef.tmp'), '{"n":');
    const adapter = durableJsonFile<Doc>(file);
    await adapter.read();
    for (let n = 0; n < 5; n++) await adapter.write({ n, name: `v${n}` });
    expect((await readdir(dir)).sort()).toEqual(['office.json', 'office.json.prev']);
  });

  it('serializes concurrent writes: the last one wins, nothing is left half-written', async () => {
    const first = durableJsonFile<Doc>(file);
    const second = durableJsonFile<Doc>(file);
    const writes = Array.from({ length: 25 }, (_, n) =>
      (n % 2 ? first : second).write({ n, name: `v${n}` }),
    );
    await Promise.all(writes);
    expect(await first.read()).toEqual({ n: 24, name: 'v24' });
    expect(JSON.parse(await readFile(`${file}.prev`, 'utf8'))).toEqual({ n: 23, name: 'v23' });
    expect((await readdir(dir)).sort()).toEqual(['office.json', 'office.json.prev']);
  });

  it('keeps serving after a failed write', async () => {
    const adapter = durableJsonFile<unknown>(file);
    await expect(adapter.write(undefined)).rejects.toThrow(/no es JSON/);
    await adapter.write({ ok: true });
    expect(await adapter.read()).toEqual({ ok: true });
  });

  it('works as the adapter of lowdb', async () => {
    const db = new Low<Doc>(durableJsonFile<Doc>(file), { n: 0, name: 'nuevo' });
    await db.read();
    expect(db.data).toEqual({ n: 0, name: 'nuevo' });
    await db.update((data) => {
      data.n = 7;
    });
    const again = new Low<Doc>(durableJsonFile<Doc>(file), { n: 0, name: 'nuevo' });
    await again.read();
    expect(again.data).toEqual({ n: 7, name: 'nuevo' });
  });
});
