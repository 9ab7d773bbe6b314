import type { Result } from '../protocol/result';
import { err, ok } from '../protocol/result';
import type { PaperMm } from '../ticket/paper';
import { PAPER } from '../ticket/paper';
import type { PrinterError } from './printer-error';
import { printerError } from './printer-error';

/** A logo checked for a paper width: PNG bytes whose width fits the printable area. */
export type PrinterLogo = { png: Uint8Array; width: number; height: number };

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
/** A logo taller than this (12.5 cm) is a configuration mistake, not a logo. */
const MAX_HEIGHT = 1000;

function readUint32(bytes: Uint8Array, at: number): number {
  return (
    (((bytes[at] ?? 0) << 24) | ((bytes[at + 1] ?? 0) << 16) | ((bytes[at + 2] ?? 0) << 8)) +
    (bytes[at + 3] ?? 0)
  );
}

/**
 * Checks a logo before it reaches a printer: node-thermal-printer prints PNG only, does not resize
 * and thresholds without dithering, so the logo must be a PNG, black and white, at most 576 dots
 * wide on 80 mm paper (384 on 58 mm). Reads the size from the PNG header (no image decoder needed).
 */
export function parseLogoPng(png: Uint8Array, paperMm: PaperMm): Result<PrinterLogo, PrinterError> {
  const invalid = (detail: string) =>
    err(
      printerError('PRINTER_CONFIG_INVALID', 'ticket.printer.invalidConfig', {
        params: { detail },
      }),
    );
  const isPng =
    png.length >= 24 &&
    PNG_SIGNATURE.every((byte, i) => png[i] === byte) &&
    String.fromCharCode(...png.subarray(12, 16)) === 'IHDR';
  if (!isPng) return invalid('el logo debe ser una imagen PNG.');
  const width = readUint32(png, 16);
  const height = readUint32(png, 20);
  const maxWidth = PAPER[paperMm].dots;
  if (width < 1 || width > maxWidth) {
    return invalid(
      `el logo mide ${width} puntos de ancho y en papel de ${paperMm} mm caben ${maxWidth}: redúzcalo.`,
    );
  }
  if (height < 1 || height > MAX_HEIGHT) {
    return invalid(`el logo mide ${height} puntos de alto; el máximo es ${MAX_HEIGHT}.`);
  }
  return ok({ png, width, height });
}
