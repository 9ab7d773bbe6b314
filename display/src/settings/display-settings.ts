/**
 * How the screen is mounted: `auto` follows the window's shape; `landscape` and `portrait` say
 * how the TV hangs, and the picture turns a quarter turn when the window has the other shape (a
 * TV hung upright on a PC whose desktop was not rotated). `portrait` turns it clockwise, for a
 * TV turned counter-clockwise; `portrait-reverse` the other way.
 */
export const ORIENTATIONS = ['auto', 'landscape', 'portrait', 'portrait-reverse'] as const;
/** One of {@link ORIENTATIONS}. */
export type Orientation = (typeof ORIENTATIONS)[number];

/** A display's own settings, from its address (the Electron shell passes them the same way). */
export type DisplaySettings = {
  /**
   * `?zone=registro-civil,ventanilla-1`: service and window ids this screen is limited to (on top
   * of the zone its device has in office.json), or null for the whole office.
   */
  zone: readonly string[] | null;
  orientation: Orientation;
  /** `?sound=off`: no chime and no voice on this screen (the calls still show). */
  sound: boolean;
  /** `?media=off`: never show the media panel on this screen. */
  media: boolean;
};

/** Settings of a screen with nothing in its address. */
export const DEFAULT_DISPLAY_SETTINGS: DisplaySettings = {
  zone: null,
  orientation: 'auto',
  sound: true,
  media: true,
};

/** Office ids are slugs (see office-config.ts); anything else in `zone` is a typo, ignored. */
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const OFF = new Set(['off', '0', 'no', 'false']);

function isOrientation(value: string | null): value is Orientation {
  return (ORIENTATIONS as readonly (string | null)[]).includes(value);
}

function flag(value: string | null, fallback: boolean): boolean {
  if (value === null) return fallback;
  return !OFF.has(value.trim().toLowerCase());
}

/** Reads `?zone=`, `?orientation=`, `?sound=` and `?media=`; anything unknown keeps the default. */
export function readDisplaySettings(search: string): DisplaySettings {
  const params = new URLSearchParams(search);
  const ids = (params.get('zone') ?? '')
    .split(',')
    .map((id) => id.trim().toLowerCase())
    .filter((id) => SLUG.test(id));
  const orientation = params.get('orientation')?.trim().toLowerCase() ?? null;
  return {
    zone: ids.length > 0 ? [...new Set(ids)] : null,
    orientation: isOrientation(orientation) ? orientation : DEFAULT_DISPLAY_SETTINGS.orientation,
    sound: flag(params.get('sound'), DEFAULT_DISPLAY_SETTINGS.sound),
    media: flag(params.get('media'), DEFAULT_DISPLAY_SETTINGS.media),
  };
}
