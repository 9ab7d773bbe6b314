import { randomUUID } from 'node:crypto';
import { mkdir, open, rename, unlink } from 'node:fs/promises';
import path from 'node:path';
import { officeDayOf } from '../domain/office-day';
import { err, ok } from '../protocol/result';
import type { PaperMm } from '../ticket/paper';
import type { PreviewLogo } from '../ticket/render-ticket-svg';
import { renderTicketSvg } from '../ticket/render-ticket-svg';
import { printerError } from './printer-error';
import type { PrintLabel, PrinterTransport, PrintResult } from './printer-transport';

/** Options of {@link createFileTransport}. */
export type FileTransportOptions = {
  /** The hub's (or kiosk's) data folder; tickets go to `<dataDir>/printed/<day>/`. */
  dataDir: string;
  /**
   * The folder that holds the day folders instead of `<dataDir>/printed` (the hub keeps each
   * window's documents apart: `<dataDir>/printed/windows/<windowId>`).
   */
  folder?: string;
  /** Paper of the SVG preview; 80 mm unless told. */
  paperMm?: PaperMm;
  name?: string;
  /** Zone of the office day of a job without a label; America/Lima unless told. */
  timeZone?: string;
  /** Clock for jobs without a label; injected by tests. */
  now?: () => number;
  logo?: PreviewLogo;
};

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** A file-name part made only of letters, digits, `_` and `-`, so a label can never leave its folder. */
function safePart(text: string): string {
  const cleaned = text.replace(/[^A-Za-z0-9_-]/g, '_').slice(0, 64);
  return cleaned === '' ? '_' : cleaned;
}

/** Fsyncs a folder so a rename inside it survives a power cut (not possible on Windows). */
async function syncFolder(folder: string): Promise<void> {
  try {
    const handle = await open(folder, 'r');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch {
    // Windows cannot open a folder for fsync; the file itself was synced before the rename.
  }
}

/**
 * Writes `data` to `file` atomically: a unique temporary file in the same folder, fsynced, then
 * renamed over the target. A reader (or a power cut) sees the old file or the whole new one, never
 * half a ticket.
 */
async function writeAtomic(file: string, data: Uint8Array | string): Promise<void> {
  const temp = path.join(
    path.dirname(file),
    `.${path.basename(file)}.${process.pid}.${randomUUID()}.tmp`,
  );
  try {
    const handle = await open(temp, 'wx');
    try {
      await handle.writeFile(data);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temp, file);
  } catch (error) {
    await unlink(temp).catch(() => undefined);
    throw error;
  }
}

/**
 * The virtual printer of the embedded default: each ticket becomes
 * `<dataDir>/printed/<officeDay>/<number>-<ticketId>.bin` (its exact ESC/POS bytes, which
 * `decodeEscPos` reads back) and, when the label carries the layout, a `.svg` preview beside it,
 * both written atomically. A job without a label is named `job-<epoch ms>` in today's folder.
 */
export function createFileTransport(options: FileTransportOptions): PrinterTransport {
  const name = options.name ?? 'file';
  const now = options.now ?? Date.now;
  const timeZone = options.timeZone ?? 'America/Lima';

  async function send(bytes: Uint8Array, label?: PrintLabel): Promise<PrintResult> {
    const at = now();
    const day = label && DAY.test(label.officeDay) ? label.officeDay : officeDayOf(at, timeZone);
    const base = label ? `${safePart(label.number)}-${safePart(label.ticketId)}` : `job-${at}`;
    const folder = path.join(options.folder ?? path.join(options.dataDir, 'printed'), day);
    const binary = path.join(folder, `${base}.bin`);
    try {
      await mkdir(folder, { recursive: true });
      // The preview first: the .bin is the proof of printing, so it appears last.
      if (label?.layout) {
        const svg = await renderTicketSvg(label.layout, {
          paper: options.paperMm ?? 80,
          ...(options.logo ? { logo: options.logo } : {}),
        });
        await writeAtomic(path.join(folder, `${base}.svg`), svg);
      }
      await writeAtomic(binary, bytes);
      await syncFolder(folder);
      return ok({ printer: name, bytes: bytes.length, location: binary });
    } catch (error) {
      const reason = error instanceof Error && 'code' in error ? String(error.code) : String(error);
      return err(
        printerError('PRINTER_ERROR', 'ticket.printer.saveFailed', {
          params: { reason },
          details: { cause: reason, folder },
        }),
      );
    }
  }

  return { name, send };
}
