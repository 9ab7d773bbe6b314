import type { PrinterStatus } from './printer-transport';

/**
 * `DLE EOT 1`, `DLE EOT 2`, `DLE EOT 4`: real-time status requests (printer, offline cause, roll
 * paper sensor). Real-time commands are answered even while the printer is offline, so a printer
 * out of paper still says so; each request is answered with one byte, in order.
 */
export const STATUS_QUERY = Uint8Array.from([0x10, 0x04, 0x01, 0x10, 0x04, 0x02, 0x10, 0x04, 0x04]);

/** Bytes of the answer to {@link STATUS_QUERY}. */
export const STATUS_REPLY_LENGTH = 3;

/** Every status byte has bit 1 and bit 4 set and bits 0 and 7 clear; anything else is not a status. */
function isStatusByte(byte: number | undefined): byte is number {
  return byte !== undefined && (byte & 0x93) === 0x12;
}

/**
 * Decodes the three answer bytes (Epson ESC/POS reference, DLE EOT):
 * - n=1 printer status: bit 3 offline;
 * - n=2 offline cause: bit 2 cover open, bit 5 printing stopped by paper end, bit 6 error;
 * - n=4 roll paper sensor: bits 2–3 paper near end, bits 5–6 paper end.
 * Returns null when the bytes are not a status answer (a printer that ignores `DLE EOT` and echoes
 * something else must not count as "ready").
 */
export function parseStatusReply(reply: Uint8Array): PrinterStatus | null {
  const [printer, cause, paper] = reply;
  if (!isStatusByte(printer) || !isStatusByte(cause) || !isStatusByte(paper)) return null;
  return {
    online: (printer & 0x08) === 0,
    coverOpen: (cause & 0x04) !== 0,
    paperOut: (cause & 0x20) !== 0 || (paper & 0x60) !== 0,
    paperNearEnd: (paper & 0x0c) !== 0,
    error: (cause & 0x40) !== 0,
  };
}

/** The codes a status answer can give for not printing. */
export type StatusProblem =
  'PRINTER_NO_PAPER' | 'PRINTER_COVER_OPEN' | 'PRINTER_ERROR' | 'PRINTER_OFFLINE';

/**
 * The reason a printer in `status` cannot print now, most specific first (a printer out of paper
 * is also offline; the citizen and the supervisor need "no paper"), or null when it can print.
 * A near-end roll still prints.
 */
export function statusProblem(status: PrinterStatus): StatusProblem | null {
  if (status.paperOut) return 'PRINTER_NO_PAPER';
  if (status.coverOpen) return 'PRINTER_COVER_OPEN';
  if (status.error) return 'PRINTER_ERROR';
  if (!status.online) return 'PRINTER_OFFLINE';
  return null;
}
