/** How this kiosk behaves, set per device (URL parameters today, the Electron shell's settings later). */
export type KioskSettings = {
  /** How long the confirmation stays on screen before the kiosk is ready for the next citizen. */
  returnAfterMs: number;
  /** How long the preferential step (or a changed language) waits for a touch before starting over. */
  idleAfterMs: number;
  /** Say the confirmation aloud without being asked (a citizen can always press "Escuchar"). */
  voiceGuidance: boolean;
};

/** The defaults: 12 s to read the number, 30 s of hesitation allowed, voice guidance on. */
export const DEFAULT_KIOSK_SETTINGS: KioskSettings = {
  returnAfterMs: 12_000,
  idleAfterMs: 30_000,
  voiceGuidance: true,
};

/** Accepted ranges, in seconds: shorter cannot be read, longer leaves a ticket for the next person. */
const RETURN_AFTER_S = { min: 3, max: 120 } as const;
const IDLE_AFTER_S = { min: 10, max: 600 } as const;

function seconds(
  value: string | null,
  range: { min: number; max: number },
  fallbackMs: number,
): number {
  if (value === null || !/^\d{1,4}$/.test(value.trim())) return fallbackMs;
  const s = Number(value);
  return s >= range.min && s <= range.max ? s * 1000 : fallbackMs;
}

function onOff(value: string | null, fallback: boolean): boolean {
  if (value === 'on' || value === '1' || value === 'true') return true;
  if (value === 'off' || value === '0' || value === 'false') return false;
  return fallback;
}

/**
 * The settings asked for in the page address, over `base`: `?returnAfter=<s>` (3–120),
 * `?idleAfter=<s>` (10–600), `?voice=on|off`. A value out of range or malformed is ignored, so
 * a typo leaves a working kiosk rather than one that never goes back.
 */
export function kioskSettingsFromSearch(
  search: string,
  base: KioskSettings = DEFAULT_KIOSK_SETTINGS,
): KioskSettings {
  const params = new URLSearchParams(search);
  return {
    returnAfterMs: seconds(params.get('returnAfter'), RETURN_AFTER_S, base.returnAfterMs),
    idleAfterMs: seconds(params.get('idleAfter'), IDLE_AFTER_S, base.idleAfterMs),
    voiceGuidance: onOff(params.get('voice'), base.voiceGuidance),
  };
}
