import { z } from 'zod';
import { createSettingsStore, HubUrlField, shellStartUrl } from '@cac/shared/electron';

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

/**
 * The settings file: `parse`, `path`, `load` (a missing file is created with the defaults, a damaged
 * one falls back to its previous generation, an unusable one is a coded error) and `save`.
 */
export const counterSettings = createSettingsStore<CounterSettings>({
  fileName: SETTINGS_FILE,
  owner: 'de la ventanilla',
  schema: CounterSettingsSchema,
  defaults: DEFAULT_COUNTER_SETTINGS,
});

/** The page the counter window opens: the hub's `/counter/`. */
export function counterStartUrl(settings: Pick<CounterSettings, 'hubUrl'>): string {
  return shellStartUrl(settings.hubUrl, '/counter/');
}
