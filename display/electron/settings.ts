import { z } from 'zod';
import {
  AutostartField,
  createSettingsStore,
  DeviceKeyField,
  HubUrlField,
  shellStartUrl,
} from '@cac/shared/electron';

// The display's local settings: where the hub is, the device key, which part of the office it
// shows, how the screen is mounted, and autostart. Read by the technician who mounts the screen,
// so the messages are Spanish and name the setting.

/** The settings file's name inside Electron's `userData` folder. */
export const SETTINGS_FILE = 'display-settings.json';

/**
 * How the screen is mounted, as the display page reads `?orientation=`: `auto` follows the window's
 * shape; `landscape` and `portrait` say how the TV hangs (the page turns its picture when the
 * window has the other shape); `portrait-reverse` is upright the other way round.
 */
export const DISPLAY_ORIENTATIONS = ['auto', 'landscape', 'portrait', 'portrait-reverse'] as const;
/** One of {@link DISPLAY_ORIENTATIONS}. */
export type DisplayOrientation = (typeof DISPLAY_ORIENTATIONS)[number];

/** Office ids are slugs (shared/src/protocol/office-config.ts). */
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** The settings document, as stored (see {@link loadDisplaySettings}). */
export const DisplaySettingsSchema = z.strictObject(
  {
    hubUrl: HubUrlField,
    deviceKey: DeviceKeyField,
    zone: z
      .array(
        z
          .string({ error: 'Cada elemento de la zona (zone) debe ser un texto.' })
          .trim()
          .regex(
            SLUG,
            'La zona (zone) lista identificadores de servicios y ventanillas: minúsculas sin tildes, cifras y guiones (p. ej. "registro-civil").',
          ),
        {
          error:
            'La zona (zone) debe ser una lista de servicios y ventanillas, p. ej. ["registro-civil", "ventanilla-1"], o [] para toda la oficina.',
        },
      )
      .max(50, 'La zona (zone) no puede tener más de 50 servicios y ventanillas.'),
    orientation: z.enum(DISPLAY_ORIENTATIONS, {
      error:
        'La orientación (orientation) debe ser "auto", "landscape" (horizontal), "portrait" (vertical) o "portrait-reverse" (vertical, al revés).',
    }),
    sound: z
      .boolean({ error: 'El sonido (sound) debe ser true (chime y voz) o false (solo imagen).' })
      .default(true),
    media: z
      .boolean({
        error: 'Los medios (media) deben ser true (mostrar la carpeta media) o false.',
      })
      .default(true),
    /**
     * The window whose rating pad this screen is (a small tablet at that window showing the five
     * faces after each attention), or '' for a hall display.
     */
    pad: z
      .string({ error: 'La ventanilla del calificador (pad) debe ser un texto.' })
      .trim()
      .refine((value) => value === '' || SLUG.test(value), {
        error:
          'La ventanilla del calificador (pad) es el identificador de una ventanilla (p. ej. "ventanilla-3"), o "" para una pantalla de sala.',
      })
      .default(''),
    autostart: AutostartField,
  },
  {
    error: (issue) =>
      issue.code === 'unrecognized_keys'
        ? `Los ajustes de la pantalla tienen claves desconocidas: ${issue.keys.join(', ')}.`
        : 'Los ajustes de la pantalla deben ser un objeto con hubUrl, deviceKey, zone, orientation, sound, media, pad y autostart.',
  },
);

/** Validated display settings. */
export type DisplaySettings = z.output<typeof DisplaySettingsSchema>;

/**
 * What a new display starts with: the hub on this machine, the whole office (within the zone of
 * its device in the office configuration), the orientation the window's shape gives, opening at
 * login.
 */
export const DEFAULT_DISPLAY_SETTINGS: DisplaySettings = {
  hubUrl: 'http://127.0.0.1:4700',
  deviceKey: '',
  zone: [],
  orientation: 'auto',
  sound: true,
  media: true,
  pad: '',
  autostart: true,
};

/**
 * The settings file: `parse`, `path`, `load` (a missing file is created with the defaults, a damaged
 * one falls back to its previous generation, an unusable one is a coded error) and `save`.
 */
export const displaySettings = createSettingsStore<DisplaySettings>({
  fileName: SETTINGS_FILE,
  owner: 'de la pantalla',
  schema: DisplaySettingsSchema,
  defaults: DEFAULT_DISPLAY_SETTINGS,
});

/**
 * The page the display opens: the hub's `/display/` with the parameters the page reads — `key`,
 * `zone` (ids separated by commas), `orientation`, `sound=off` / `media=off` when switched off,
 * and `pad` for a window's rating pad. An empty key, zone or pad is left out.
 */
export function displayStartUrl(
  settings: Pick<
    DisplaySettings,
    'hubUrl' | 'deviceKey' | 'zone' | 'orientation' | 'sound' | 'media' | 'pad'
  >,
): string {
  return shellStartUrl(settings.hubUrl, '/display/', {
    key: settings.deviceKey,
    zone: settings.zone.join(','),
    orientation: settings.orientation,
    sound: settings.sound ? '' : 'off',
    media: settings.media ? '' : 'off',
    pad: settings.pad,
  });
}
