import { z } from 'zod';
import type { Result } from '../protocol/result';
import { err, ok } from '../protocol/result';
import type { PrinterError } from './printer-error';
import { printerError } from './printer-error';

// Messages are Spanish and name the setting, because the person reading them is the technician who
// installs the kiosk, not a developer (the same rule as the office configuration).

/**
 * How to talk to one printer model: paper width, how to print the QR code (`native`: the printer's
 * own `GS ( k` command, sharp and small; `raster`: an image, which every ESC/POS printer prints)
 * and the code page (PC850, the most portable page that holds every Spanish character).
 */
export const PrinterProfileSchema = z.strictObject(
  {
    paperMm: z.union([z.literal(58), z.literal(80)], {
      error: (issue) =>
        issue.input === undefined
          ? 'Falta el ancho del papel (paperMm).'
          : 'El ancho del papel (paperMm) debe ser 58 u 80 milímetros.',
    }),
    qr: z
      .enum(['native', 'raster'], {
        error:
          'El modo del código QR (qr) debe ser "native" (lo dibuja la impresora) o "raster" (se envía como imagen).',
      })
      .default('raster'),
    codePage: z
      .literal('PC850', {
        error:
          'La página de códigos (codePage) debe ser "PC850": es la que imprime bien ñ, tildes, ¿ y ¡.',
      })
      .default('PC850'),
  },
  {
    error: (issue) =>
      issue.code === 'unrecognized_keys'
        ? `El perfil de impresora tiene ajustes desconocidos: ${issue.keys.join(', ')}.`
        : 'El perfil de impresora debe ser un objeto con paperMm, qr y codePage.',
  },
);

/** A validated printer profile (see {@link PrinterProfileSchema}). */
export type PrinterProfile = z.output<typeof PrinterProfileSchema>;

/**
 * Validates a printer profile from settings (the kiosk's local settings, the hub's device
 * configuration): the profile, or PRINTER_CONFIG_INVALID with the first problem in Spanish. A
 * missing `qr` means `raster` (it works on every printer) and a missing `codePage` PC850.
 */
export function parsePrinterProfile(input: unknown): Result<PrinterProfile, PrinterError> {
  const parsed = PrinterProfileSchema.safeParse(input);
  if (parsed.success) return ok(parsed.data);
  const detail = parsed.error.issues[0]?.message ?? '';
  return err(
    printerError('PRINTER_CONFIG_INVALID', 'ticket.printer.invalidConfig', {
      params: { detail },
      details: { issues: parsed.error.issues.map((i) => i.message) },
    }),
  );
}
