import { z } from 'zod';
import {
  AutostartField,
  createSettingsStore,
  DeviceKeyField,
  HubUrlField,
  shellStartUrl,
} from '@cac/shared/electron';
import { parsePrinterTarget, PrinterProfileSchema } from '@cac/shared/printing';

// The kiosk's local settings: where the hub is, the device key, the printer and autostart. The
// document, its durable storage and its coded errors are the shells' common mechanism
// (@cac/shared/electron); the printer is the kiosk's own.

/** The settings file's name inside Electron's `userData` folder. */
export const SETTINGS_FILE = 'kiosk-settings.json';

/** The settings document, as stored (see {@link loadKioskSettings}). */
export const KioskSettingsSchema = z.strictObject(
  {
    hubUrl: HubUrlField,
    deviceKey: DeviceKeyField,
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
    autostart: AutostartField,
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

/**
 * The settings file: `parse`, `path`, `load` (a missing file is created with the defaults, a damaged
 * one falls back to its previous generation, an unusable one is a coded error) and `save`.
 */
export const kioskSettings = createSettingsStore<KioskSettings>({
  fileName: SETTINGS_FILE,
  owner: 'del kiosco',
  schema: KioskSettingsSchema,
  defaults: DEFAULT_KIOSK_SETTINGS,
});

/** The page the kiosk window opens: the hub's `/kiosk/`, with the device key when there is one. */
export function kioskStartUrl(settings: Pick<KioskSettings, 'hubUrl' | 'deviceKey'>): string {
  return shellStartUrl(settings.hubUrl, '/kiosk/', { key: settings.deviceKey });
}
