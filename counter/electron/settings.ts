import { z } from 'zod';
import type { SettingsError, SettingsStoreOptions } from '@cac/shared/electron';
import { createSettingsStore, HubUrlField, shellStartUrl } from '@cac/shared/electron';
import type { Result } from '@cac/shared/protocol';

// The counter shell remembers one thing: where the hub is. Clerks sign in on the page itself (user
// and PIN), so there is no device key here.

/** The settings file's name inside Electron's `userData` folder. */
export const SETTINGS_FILE = 'counter-settings.json';

/** The settings document, as stored (see {@link loadCounterSettings}). */
export const CounterSettingsSchema = z.strictObject(
  { hubUrl: HubUrlField },
  {
    error: (issue) =>
      issue.code === 'unrecognized_keys'
        ? `Los ajustes de la ventanilla tienen claves desconocidas: ${issue.keys.join(', ')}.`
        : 'Los ajustes de la ventanilla deben ser un objeto con hubUrl.',
  },
);

/** Validated counter settings. */
export type CounterSettings = z.output<typeof CounterSettingsSchema>;

/** What a new counter PC starts with: the hub on this machine. */
export const DEFAULT_COUNTER_SETTINGS: CounterSettings = { hubUrl: 'http://127.0.0.1:4700' };

const store = createSettingsStore<CounterSettings>({
  fileName: SETTINGS_FILE,
  owner: 'de la ventanilla',
  schema: CounterSettingsSchema,
  defaults: DEFAULT_COUNTER_SETTINGS,
});

/** Validates a settings document: the settings, or SETTINGS_INVALID with every problem. */
export function parseCounterSettings(
  input: unknown,
  file = SETTINGS_FILE,
): Result<CounterSettings, SettingsError> {
  return store.parse(input, file);
}

/** Where the settings live inside `userData`. */
export function settingsPath(userDataDir: string): string {
  return store.path(userDataDir);
}

/**
 * Reads `<userData>/counter-settings.json`, created with {@link DEFAULT_COUNTER_SETTINGS} the first
 * time; damaged or unusable files give a coded error (see `createSettingsStore`).
 */
export function loadCounterSettings(
  userDataDir: string,
  options: SettingsStoreOptions = {},
): Promise<Result<CounterSettings, SettingsError>> {
  return store.load(userDataDir, options);
}

/** Validates and stores new settings (fsynced, the previous generation kept). */
export function saveCounterSettings(
  userDataDir: string,
  input: unknown,
  options: SettingsStoreOptions = {},
): Promise<Result<CounterSettings, SettingsError>> {
  return store.save(userDataDir, input, options);
}

/** The page the counter window opens: the hub's `/counter/`. */
export function counterStartUrl(settings: Pick<CounterSettings, 'hubUrl'>): string {
  return shellStartUrl(settings.hubUrl, '/counter/');
}
