import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { Low } from 'lowdb';
import type { z } from 'zod';
import type { Result } from '../protocol/result';
import { err, ok } from '../protocol/result';
import { ConfigError, durableJsonFile } from '../storage';

/** Stable codes of settings that cannot be used. */
export type SettingsErrorCode = 'SETTINGS_CORRUPT' | 'SETTINGS_INVALID' | 'SETTINGS_UNREADABLE';

/** Why the settings cannot be used: a code, a Spanish sentence, one line per problem. */
export type SettingsError = { code: SettingsErrorCode; message: string; issues: string[] };

/** Options of a store's `load` and `save`. */
export type SettingsStoreOptions = {
  /** Told (in Spanish) when the file was damaged and its previous generation was used. */
  onRecover?: (message: string) => void;
};

/** What {@link createSettingsStore} needs to know about one shell's settings. */
export type SettingsSpec<T> = {
  /** The file's name inside Electron's `userData` folder, e.g. `kiosk-settings.json`. */
  fileName: string;
  /** Whose settings, as it reads after "Los ajustes": `del kiosco`, `de la pantalla`. */
  owner: string;
  /** Validates the stored document and fills its defaults; its messages are Spanish. */
  schema: z.ZodType<T>;
  /** What a new machine starts with (written to the file the first time). */
  defaults: T;
};

/** One shell's settings document in `userData`: read, validated, written durably. */
export type SettingsStore<T> = {
  readonly fileName: string;
  /** Where the settings live inside `userData`. */
  path(userDataDir: string): string;
  /** Validates a settings document: the settings, or SETTINGS_INVALID with every problem. */
  parse(input: unknown, file?: string): Result<T, SettingsError>;
  /**
   * Reads the settings. A missing file is created with the defaults; a damaged file falls back to
   * its previous generation; a file that cannot be used gives a coded error (never an exception),
   * so the shell can show it and stop.
   */
  load(userDataDir: string, options?: SettingsStoreOptions): Promise<Result<T, SettingsError>>;
  /** Validates and stores new settings (fsynced, the previous generation kept). */
  save(
    userDataDir: string,
    input: unknown,
    options?: SettingsStoreOptions,
  ): Promise<Result<T, SettingsError>>;
};

/**
 * A shell's local settings as a lowdb document with the durable adapter (DESIGN: "Each Electron
 * app's local settings are a lowdb document too"). Only the shell's main process writes it.
 */
export function createSettingsStore<T>(spec: SettingsSpec<T>): SettingsStore<T> {
  const label = `los ajustes ${spec.owner}`;

  function settingsPath(userDataDir: string): string {
    return path.join(userDataDir, spec.fileName);
  }

  function parse(input: unknown, file = spec.fileName): Result<T, SettingsError> {
    const parsed = spec.schema.safeParse(input);
    if (parsed.success) return ok(parsed.data);
    const issues = parsed.error.issues.map((i) => i.message);
    return err({
      code: 'SETTINGS_INVALID',
      message: `Los ajustes ${spec.owner} en ${file} no son válidos: ${issues[0] ?? ''}`,
      issues,
    });
  }

  function unreadable(file: string, error: unknown): SettingsError {
    if (error instanceof ConfigError) {
      return { code: 'SETTINGS_CORRUPT', message: error.message, issues: [...error.issues] };
    }
    const reason = error instanceof Error ? error.message : String(error);
    return {
      code: 'SETTINGS_UNREADABLE',
      message: `No se pudieron leer ni guardar ${label} en ${file}: ${reason}`,
      issues: [reason],
    };
  }

  async function load(
    userDataDir: string,
    options: SettingsStoreOptions = {},
  ): Promise<Result<T, SettingsError>> {
    const file = settingsPath(userDataDir);
    const db = new Low<unknown>(durableJsonFile<unknown>(file, options), null);
    try {
      // The folder is ours (a shell sets its own `userData`); nothing promises it exists yet.
      await mkdir(userDataDir, { recursive: true });
      await db.read();
      if (db.data === null) {
        db.data = spec.defaults;
        await db.write();
        return ok(structuredClone(spec.defaults));
      }
    } catch (error) {
      return err(unreadable(file, error));
    }
    return parse(db.data, file);
  }

  async function save(
    userDataDir: string,
    input: unknown,
    options: SettingsStoreOptions = {},
  ): Promise<Result<T, SettingsError>> {
    const file = settingsPath(userDataDir);
    const parsed = parse(input, file);
    if (!parsed.ok) return parsed;
    const db = new Low<T>(durableJsonFile<T>(file, options), parsed.value);
    try {
      await mkdir(userDataDir, { recursive: true });
      await db.write();
    } catch (error) {
      return err(unreadable(file, error));
    }
    return parsed;
  }

  return { fileName: spec.fileName, path: settingsPath, parse, load, save };
}
