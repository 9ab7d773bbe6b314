import { randomBytes } from 'node:crypto';
import { open, readFile, readdir, rename, unlink } from 'node:fs/promises';
import path from 'node:path';
import type { Adapter } from 'lowdb';
import { ConfigError } from './config-error';

// lowdb's own writer (steno) renames a temp file but never fsyncs it, so after a power cut the file
// can be empty or full of NUL bytes (typicode/lowdb#549, typicode/lowdb#352). This adapter writes a
// unique temp file, fsyncs it, keeps the previous good generation in `<file>.prev`, renames the temp
// file over the target and fsyncs the folder; reading falls back to `.prev` instead of starting empty.

/** Options of {@link durableJsonFile}. */
export type DurableJsonFileOptions = {
  /** Told (in Spanish) when the file was damaged and the previous generation was used instead. */
  onRecover?: (message: string) => void;
};

type Generation =
  | { kind: 'missing' }
  | { kind: 'bad'; reason: string }
  | { kind: 'ok'; data: unknown; bytes: Buffer };

/**
 * One queue per absolute path for the whole process: there is one writer per file even when two
 * adapters are opened on it, and a write waits for the one before it.
 */
const queues = new Map<string, Promise<unknown>>();

function serialized<R>(key: string, task: () => Promise<R>): Promise<R> {
  const previous = queues.get(key) ?? Promise.resolve();
  const run = previous.then(task);
  const tail = run.catch(() => undefined);
  queues.set(key, tail);
  void tail.then(() => {
    if (queues.get(key) === tail) queues.delete(key);
  });
  return run;
}

function errorCode(error: unknown): string | undefined {
  return error instanceof Error && 'code' in error && typeof error.code === 'string'
    ? error.code
    : undefined;
}

async function readGeneration(file: string): Promise<Generation> {
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch (error) {
    const code = errorCode(error);
    if (code === 'ENOENT') return { kind: 'missing' };
    return { kind: 'bad', reason: `ilegible: ${code ?? String(error)}` };
  }
  if (bytes.every((b) => b === 0x20 || b === 0x0a || b === 0x0d || b === 0x09)) {
    return { kind: 'bad', reason: 'vacío' };
  }
  if (bytes.every((b) => b === 0 || b === 0x20 || b === 0x0a || b === 0x0d || b === 0x09)) {
    return { kind: 'bad', reason: 'lleno de bytes nulos' };
  }
  if (bytes.includes(0)) return { kind: 'bad', reason: 'con bytes nulos' };
  let data: unknown;
  try {
    data = JSON.parse(bytes.toString('utf8').replace(/^\uFEFF/, ''));
  } catch {
    return { kind: 'bad', reason: 'JSON inválido o incompleto' };
  }
  // `null` is how an adapter says "no file"; a file that holds it is not a document.
  if (data === null) return { kind: 'bad', reason: 'contiene null' };
  return { kind: 'ok', data, bytes };
}

async function writeSynced(file: string, data: string | Buffer): Promise<void> {
  // 'wx': the name is fresh, so an existing file here means something is wrong, not ours to clobber.
  const handle = await open(file, 'wx', 0o600);
  try {
    await handle.writeFile(data);
    await handle.sync();
  } finally {
    await handle.close();
  }
}

async function syncFolder(folder: string): Promise<void> {
  let handle;
  try {
    handle = await open(folder, 'r');
    await handle.sync();
  } catch (error) {
    const code = errorCode(error);
    // Windows cannot open or flush a directory handle (nodejs/node#3879); NTFS journals the rename
    // itself. Some network and FUSE file systems answer EINVAL/ENOTSUP: nothing more can be done there.
    if (code === 'EINVAL' || code === 'ENOTSUP') return;
    if (
      process.platform === 'win32' &&
      (code === 'EPERM' || code === 'EISDIR' || code === 'EACCES')
    ) {
      return;
    }
    throw error;
  } finally {
    await handle?.close();
  }
}

async function renameRetrying(from: string, to: string): Promise<void> {
  // On Windows an antivirus or the search indexer briefly locks a fresh file and rename fails with
  // EPERM/EACCES/EBUSY (npm/npm#12059); retry for about two seconds before giving up.
  for (let attempt = 0; ; attempt++) {
    try {
      await rename(from, to);
      return;
    } catch (error) {
      const code = errorCode(error);
      const transient = code === 'EPERM' || code === 'EACCES' || code === 'EBUSY';
      if (process.platform !== 'win32' || !transient || attempt >= 20) throw error;
      await new Promise((resolve) => setTimeout(resolve, 10 * (attempt + 1)));
    }
  }
}

/** Removes temp files that a crash in the middle of a write left behind. */
async function removeStaleTemps(folder: string, base: string): Promise<void> {
  let names: string[];
  try {
    names = await readdir(folder);
  } catch {
    return;
  }
  const stale = names.filter((n) => n.startsWith(`.${base}.`) && n.endsWith('.tmp'));
  await Promise.all(stale.map((n) => unlink(path.join(folder, n)).catch(() => undefined)));
}

/**
 * A lowdb adapter that survives power cuts: every write is fsynced and atomic, the previous good
 * generation is kept in `<file>.prev`, and `read` falls back to it when the file is damaged (empty,
 * NUL-filled, truncated). When both are damaged `read` throws a {@link ConfigError} `CONFIG_CORRUPT`;
 * a missing file reads as `null`. Writes to one file are serialized within the process.
 *
 * The data is not validated here: the caller checks it against its schema.
 */
export function durableJsonFile<T>(file: string, options: DurableJsonFileOptions = {}): Adapter<T> {
  const target = path.resolve(file);
  const previous = `${target}.prev`;
  const folder = path.dirname(target);
  const base = path.basename(target);

  async function read(): Promise<T | null> {
    await removeStaleTemps(folder, base);
    const main = await readGeneration(target);
    if (main.kind === 'missing') return null;
    // The caller validates the document; the adapter only knows it is JSON.
    if (main.kind === 'ok') return main.data as T;
    const fallback = await readGeneration(previous);
    if (fallback.kind === 'ok') {
      options.onRecover?.(
        `El archivo ${target} está dañado (${main.reason}); se usa la generación anterior ${previous}. ` +
          'Puede faltar el último cambio guardado.',
      );
      return fallback.data as T;
    }
    const second =
      fallback.kind === 'missing' ? 'no existe' : `también está dañada (${fallback.reason})`;
    throw new ConfigError(
      'CONFIG_CORRUPT',
      `El archivo ${target} está dañado (${main.reason}) y su generación anterior ${previous} ${second}. ` +
        'Restaure una copia de seguridad de ese archivo.',
    );
  }

  async function write(data: T): Promise<void> {
    const text = JSON.stringify(data, null, 2);
    if (text === undefined) {
      throw new TypeError(`No se puede guardar ${target}: el documento no es JSON.`);
    }
    const nonce = `${process.pid}.${randomBytes(6).toString('hex')}`;
    const temp = path.join(folder, `.${base}.${nonce}.tmp`);
    const previousTemp = path.join(folder, `.${base}.${nonce}.prev.tmp`);
    try {
      await writeSynced(temp, `${text}\n`);
      // Only a good generation becomes `.prev`: after a recovery the damaged file must not
      // overwrite the copy that saved us.
      const current = await readGeneration(target);
      if (current.kind === 'ok') {
        await writeSynced(previousTemp, current.bytes);
        await renameRetrying(previousTemp, previous);
      }
      await renameRetrying(temp, target);
      await syncFolder(folder);
    } finally {
      await unlink(temp).catch(() => undefined);
      await unlink(previousTemp).catch(() => undefined);
    }
  }

  return {
    read: () => serialized(target, read),
    write: (data) => serialized(target, () => write(data)),
  };
}
