import QRCode from 'qrcode';

/** Quiet zone of the raster QR, in modules (the QR standard asks for 4). */
export const QR_QUIET_ZONE = 4;

/** A QR symbol of a ticket and the dots per module that make it about the paper's QR size. */
export type QrSymbol = { size: number; modules: Uint8Array; cellDots: number };

/**
 * Encodes `data` (error correction M) and picks the module size: as large as fits `targetDots`
 * with the quiet zone, between 2 and 8 dots (8 is the largest native `GS ( k` cell).
 */
export function qrSymbol(data: string, targetDots: number): QrSymbol {
  const { modules } = QRCode.create(data, { errorCorrectionLevel: 'M' });
  const cellDots = Math.min(
    8,
    Math.max(2, Math.floor(targetDots / (modules.size + 2 * QR_QUIET_ZONE))),
  );
  return { size: modules.size, modules: modules.data, cellDots };
}

/**
 * The `GS v 0` raster command of a QR symbol, with a 4-module quiet zone: byte for byte what
 * node-thermal-printer's `printImageBuffer` makes of qrcode's PNG at the same scale (a test checks
 * it), built from qrcode's module matrix directly. The PNG round trip (encode with zlib, decode,
 * one object per pixel) cost about 5 ms per ticket; this costs a fraction of a millisecond.
 */
export function qrRasterCommand(symbol: QrSymbol): Buffer {
  const { size, modules, cellDots } = symbol;
  const pixels = (size + 2 * QR_QUIET_ZONE) * cellDots;
  const rowBytes = Math.ceil(pixels / 8);
  const out = Buffer.alloc(8 + rowBytes * pixels);
  // GS v 0 m xL xH yL yH: m = 48 (normal density, as the library writes it); x in bytes, y in dots.
  out.set([0x1d, 0x76, 0x30, 0x30, rowBytes & 0xff, rowBytes >> 8, pixels & 0xff, pixels >> 8]);
  for (let y = 0; y < pixels; y += 1) {
    const row = Math.floor(y / cellDots) - QR_QUIET_ZONE;
    if (row < 0 || row >= size) continue;
    for (let x = 0; x < pixels; x += 1) {
      const col = Math.floor(x / cellDots) - QR_QUIET_ZONE;
      if (col < 0 || col >= size || !modules[row * size + col]) continue;
      const at = 8 + y * rowBytes + (x >> 3);
      out[at] = (out[at] ?? 0) | (0x80 >> (x & 7));
    }
  }
  return out;
}
