import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { Low } from 'lowdb';
import type { OfficeConfig, Result } from '@cac/shared/protocol';
import { err, ok, parseOfficeConfig } from '@cac/shared/protocol';
import { ConfigError, durableJsonFile } from '@cac/shared/storage';
import { createDemoOffice } from './demo-office';
import { findDemoSecrets } from './secrets';

/** Name of the office configuration document inside the data folder. */
export const OFFICE_CONFIG_FILE = 'office.json';

/** The little of a logger the store needs; a pino logger fits. */
export type ConfigStoreLog = {
  info(message: string): void;
  warn(message: string): void;
};

/** Options of {@link openConfigStore}. */
export type ConfigStoreOptions = {
  /** When the data folder holds no configuration: write the demo office (true) or refuse (false). */
  createDemoIfEmpty: boolean;
  log: ConfigStoreLog;
};

/**
 * Changes a configuration: edit the draft (a private deep copy) in place, or return a new document.
 * A returned non-object (e.g. the length from `draft.announcements.push(…)`) is ignored and the
 * draft is used. If it throws, nothing is written.
 */
export type ConfigMutator =
  ((draft: OfficeConfig) => void) | ((draft: OfficeConfig) => OfficeConfig);

/** The office configuration, validated, with its single writer. */
export type ConfigStore = {
  /** Absolute path of `office.json`. */
  readonly file: string;
  /** The current configuration. It is deeply frozen: change it through {@link ConfigStore.update}. */
  config(): OfficeConfig;
  /**
   * Applies a change, validates the result and writes it durably; updates run one after another.
   * An invalid result (`INVALID_PAYLOAD`, one Spanish line per problem in `details.issues`) or a
   * failed write (`STORAGE_FAILED`) leaves both the file and {@link ConfigStore.config} unchanged.
   */
  update(mutator: ConfigMutator): Promise<Result<OfficeConfig>>;
};

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

function bulleted(lines: readonly string[]): string {
  return lines.map((line) => `  - ${line}`).join('\n');
}

function describeError(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * Refuses an office that is not a demo but still uses a published demo PIN or device key (API.md:
 * "the hub refuses to start"). Throws a {@link ConfigError} `DEMO_SECRETS_IN_USE` that lists them.
 * Verifies every user's PIN with scrypt, so it belongs to start-up, not to a request path.
 */
export function assertNoDemoSecrets(config: OfficeConfig): void {
  if (config.demo) return;
  const found = findDemoSecrets(config);
  if (found.length > 0) {
    throw new ConfigError(
      'DEMO_SECRETS_IN_USE',
      'Esta oficina no es de demostración, pero todavía usa claves de demostración publicadas. ' +
        `Cámbielas antes de iniciar:\n${bulleted(found)}`,
      found,
    );
  }
}

/**
 * Opens `<dataDir>/office.json` (creating the folder). An empty folder gets the demo office when
 * `createDemoIfEmpty`, otherwise a {@link ConfigError} `CONFIG_MISSING`. A file that breaks the schema
 * gives `CONFIG_INVALID` (its message lists the problems); a damaged file with no good previous
 * generation gives `CONFIG_CORRUPT`. A damaged file with a good previous generation is repaired
 * from it, with a warning in the log.
 */
export async function openConfigStore(
  dataDir: string,
  options: ConfigStoreOptions,
): Promise<ConfigStore> {
  const folder = path.resolve(dataDir);
  await mkdir(folder, { recursive: true });
  const file = path.join(folder, OFFICE_CONFIG_FILE);

  let recovered = false;
  const db = new Low<unknown>(
    durableJsonFile<unknown>(file, {
      onRecover: (message) => {
        recovered = true;
        options.log.warn(message);
      },
    }),
    null,
  );
  await db.read();

  let current: OfficeConfig;
  if (db.data === null) {
    if (!options.createDemoIfEmpty) {
      throw new ConfigError(
        'CONFIG_MISSING',
        `No hay configuración de oficina en ${file}. Copie allí el archivo office.json de la oficina ` +
          'o inicie el hub en modo demostración.',
      );
    }
    current = validated(createDemoOffice(), file);
    db.data = current;
    await db.write();
    options.log.info(`Se creó la oficina de demostración en ${file}.`);
  } else {
    current = validated(db.data, file);
    if (recovered) {
      // Rewrite the damaged file now, so the office does not depend on a single good copy.
      db.data = current;
      await db.write();
      options.log.info(`Se reparó ${file} con la generación anterior.`);
    }
  }
  deepFreeze(current);

  let queue: Promise<unknown> = Promise.resolve();

  async function apply(mutator: ConfigMutator): Promise<Result<OfficeConfig>> {
    const draft = structuredClone(current);
    let changed: unknown;
    try {
      changed = mutator(draft);
    } catch (error) {
      return err({
        code: 'INTERNAL',
        message: `No se pudo preparar el cambio de configuración: ${describeError(error)}`,
      });
    }
    const parsed = parseOfficeConfig(
      typeof changed === 'object' && changed !== null ? changed : draft,
    );
    if (!parsed.ok) {
      return err({
        code: 'INVALID_PAYLOAD',
        message: `La configuración no es válida y no se guardó:\n${bulleted(parsed.error)}`,
        details: { issues: parsed.error },
      });
    }
    const next = parsed.value;
    // Leaving demo mode with the demo secrets in place would make the next start-up fail; checked
    // only on that transition because it costs one scrypt per user.
    if (current.demo && !next.demo) {
      const found = findDemoSecrets(next);
      if (found.length > 0) {
        return err({
          code: 'INVALID_PAYLOAD',
          message: `No se puede salir del modo demostración con claves de demostración en uso:\n${bulleted(found)}`,
          details: { issues: found },
        });
      }
    }
    db.data = next;
    try {
      await db.write();
    } catch (error) {
      db.data = current;
      return err({
        code: 'STORAGE_FAILED',
        message: `No se pudo guardar ${file}: ${describeError(error)}`,
      });
    }
    current = deepFreeze(next);
    return ok(current);
  }

  return {
    file,
    config: () => current,
    update(mutator) {
      const run = queue.then(() => apply(mutator));
      queue = run.catch(() => undefined);
      return run;
    },
  };
}

function validated(data: unknown, file: string): OfficeConfig {
  const parsed = parseOfficeConfig(data);
  if (parsed.ok) return parsed.value;
  throw new ConfigError(
    'CONFIG_INVALID',
    `La configuración ${file} no es válida:\n${bulleted(parsed.error)}`,
    parsed.error,
  );
}
