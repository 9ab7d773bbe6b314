import path from 'node:path';
import { Low } from 'lowdb';
import { z } from 'zod';
import { parsePrinterTarget, PrinterProfileSchema } from '@cac/shared/printing';
import type { Result } from '@cac/shared/protocol';
import { err, ok } from '@cac/shared/protocol';
import { ConfigError } from '../../hub/src/config/config-error';
import { durableJsonFile } from '../../hub/src/config/durable-json-file';

// The kiosk's local settings: where the hub is, the device key, the printer and autostart. The
// person who reads these messages is the technician who installs the kiosk, so they are Spanish
// and name the setting.

/** The settings file's name inside Electron's `userData` folder. */
export const SETTINGS_FILE = 'kiosk-settings.json';

function hubUrlProblem(value: string): string | null {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return `La dirección del hub (hubUrl) «${value}» no es una URL; use por ejemplo "http://192.168.1.10:4700".`;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    return `La dirección del hub (hubUrl) debe empezar por http:// o https://, no «${url.protocol}».`;
  }
  if (url.username !== '' || url.password !== '') {
    return 'La dirección del hub (hubUrl) no puede llevar usuario ni contraseña.';
  }
  return null;
}

/** The settings document, as stored (see {@link loadKioskSettings}). */
export const KioskSettingsSchema = z.strictObject(
  {
    hubUrl: z
      .string({
        error: 'Falta la dirección del hub (hubUrl), por ejemplo "http://192.168.1.10:4700".',
      })
      .trim()
      .superRefine((value, ctx) => {
        const problem = hubUrlProblem(value);
        if (problem) ctx.addIssue({ code: 'custom', message: problem });
      }),
    deviceKey: z
      .string({
        error: 'La clave del dispositivo (deviceKey) debe ser un texto ("" si aún no tiene).',
      })
      .trim()
      .max(200, 'La clave del dispositivo (deviceKey) es demasiado larga (máximo 200 caracteres).')
      .regex(
        /^[\x21-\x7e]*$/,
        'La clave del dispositivo (deviceKey) no puede tener espacios ni tildes.',
      ),
    printer: z.strictObject(
      {
        target: z
          .string({
            error: 'Falta la impresora (printer.target), por ejemplo "tcp://192.168.1.50:9100".',
          })
          .superRefine((value, ctx) => {
            const parsed = parsePrinterTarget(value);
            if (!parsed.ok) ctx.addIssue({ code: 'custom', message: parsed.error.message });
          }),
        profile: PrinterProfileSchema,
      },
      { error: 'La impresora (printer) debe tener target y profile.' },
    ),
    autostart: z.boolean({ error: 'El inicio automático (autostart) debe ser true o false.' }),
  },
  {
    error: (issue) =>
      issue.code === 'unrecognized_keys'
        ? `Los ajustes del kiosco tienen claves desconocidas: ${issue.keys.join(', ')}.`
        : 'Los ajustes del kiosco deben ser un objeto con hubUrl, deviceKey, printer y autostart.',
  },
);

/** Validated kiosk settings. */
export type KioskSettings = z.output<typeof KioskSettingsSchema>;

/** What a new kiosk starts with: the hub on this machine, the data folder's virtual printer. */
export const DEFAULT_KIOSK_SETTINGS: KioskSettings = {
  hubUrl: 'http://127.0.0.1:4700',
  deviceKey: '',
  printer: { target: 'file', profile: { paperMm: 80, qr: 'raster', codePage: 'PC850' } },
  autostart: true,
};

/** Stable codes of settings that cannot be used. */
export type SettingsErrorCode = 'SETTINGS_CORRUPT' | 'SETTINGS_INVALID' | 'SETTINGS_UNREADABLE';

/** Why the settings cannot be used: a code, a Spanish sentence, one line per problem. */
export type SettingsError = { code: SettingsErrorCode; message: string; issues: string[] };

/** Validates a settings document: the settings, or SETTINGS_INVALID with every problem. */
export function parseKioskSettings(
  input: unknown,
  file = SETTINGS_FILE,
): Result<KioskSettings, SettingsError> {
  const parsed = KioskSettingsSchema.safeParse(input);
  if (parsed.success) return ok(parsed.data);
  const issues = parsed.error.issues.map((i) => i.message);
  return err({
    code: 'SETTINGS_INVALID',
    message: `Los ajustes del kiosco en ${file} no son válidos: ${issues[0] ?? ''}`,
    issues,
  });
}

/** Options of {@link loadKioskSettings} and {@link saveKioskSettings}. */
export type SettingsStoreOptions = {
  /** Told (in Spanish) when the file was damaged and its previous generation was used. */
  onRecover?: (message: string) => void;
};

/** Where the settings live inside `userData`. */
export function settingsPath(userDataDir: string): string {
  return path.join(userDataDir, SETTINGS_FILE);
}

function unreadable(file: string, error: unknown): SettingsError {
  if (error instanceof ConfigError) {
    return { code: 'SETTINGS_CORRUPT', message: error.message, issues: [...error.issues] };
  }
  const reason = error instanceof Error ? error.message : String(error);
  return {
    code: 'SETTINGS_UNREADABLE',
    message: `No se pudieron leer ni guardar los ajustes del kiosco en ${file}: ${reason}`,
    issues: [reason],
  };
}

/**
 * Reads `<userData>/kiosk-settings.json`. A missing file is created with
 * {@link DEFAULT_KIOSK_SETTINGS}; a damaged file falls back to its previous generation; a file that
 * cannot be used gives a coded error (never an exception), so the shell can show it and stop.
 */
export async function loadKioskSettings(
  userDataDir: string,
  options: SettingsStoreOptions = {},
): Promise<Result<KioskSettings, SettingsError>> {
  const file = settingsPath(userDataDir);
  const db = new Low<unknown>(durableJsonFile<unknown>(file, options), null);
  try {
    await db.read();
    if (db.data === null) {
      db.data = DEFAULT_KIOSK_SETTINGS;
      await db.write();
      return ok(structuredClone(DEFAULT_KIOSK_SETTINGS));
    }
  } catch (error) {
    return err(unreadable(file, error));
  }
  return parseKioskSettings(db.data, file);
}

/** Validates and stores new settings (fsynced, the previous generation kept). */
export async function saveKioskSettings(
  userDataDir: string,
  input: unknown,
  options: SettingsStoreOptions = {},
): Promise<Result<KioskSettings, SettingsError>> {
  const file = settingsPath(userDataDir);
  const parsed = parseKioskSettings(input, file);
  if (!parsed.ok) return parsed;
  const db = new Low<KioskSettings>(durableJsonFile<KioskSettings>(file, options), parsed.value);
  try {
    await db.write();
  } catch (error) {
    return err(unreadable(file, error));
  }
  return parsed;
}

/** The page the kiosk window opens: the hub's `/kiosk/`, with the device key when there is one. */
export function kioskStartUrl(settings: Pick<KioskSettings, 'hubUrl' | 'deviceKey'>): string {
  const url = new URL('/kiosk/', settings.hubUrl);
  if (settings.deviceKey !== '') url.searchParams.set('key', settings.deviceKey);
  return url.href;
}
