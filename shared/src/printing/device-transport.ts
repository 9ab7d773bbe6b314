import { constants } from 'node:fs';
import { open } from 'node:fs/promises';
import { err, ok } from '../protocol/result';
import { printerError } from './printer-error';
import type { PrinterTransport, PrintResult } from './printer-transport';

/** The part of an open file handle the device transport uses (`FileHandle` has it). */
export type DeviceHandle = {
  writeFile(data: Uint8Array): Promise<void>;
  close(): Promise<void>;
};

/** Options of {@link createDeviceTransport}. */
export type DeviceTransportOptions = {
  /** `/dev/usb/lp0` on Linux; `\\host\SHARE` (a shared printer) on Windows. */
  path: string;
  name?: string;
  /** A printer that is off or out of paper can block a device write for ever. */
  writeTimeoutMs?: number;
  /** Opens the device for writing; tests inject fakes. */
  openDevice?: (path: string) => Promise<DeviceHandle>;
};

// Write-only and without O_CREAT: when the printer is unplugged its device node disappears, and
// creating a plain file in its place would swallow every ticket that follows.
function openForWriting(path: string): Promise<DeviceHandle> {
  return open(path, constants.O_WRONLY);
}

function errorCode(error: unknown): string {
  return error instanceof Error && 'code' in error ? String(error.code) : 'UNKNOWN';
}

/**
 * A printer reached through the operating system as a writable path: a Linux USB printer device
 * (`/dev/usb/lp0`, user in group `lp`) or a Windows shared printer (`\\localhost\TICKETS`, raw
 * bytes through the vendor driver's share, no native module). The system only takes the bytes:
 * there is no status to ask, so a printer out of paper is not detected here.
 */
export function createDeviceTransport(options: DeviceTransportOptions): PrinterTransport {
  const name = options.name ?? options.path;
  const openDevice = options.openDevice ?? openForWriting;
  const timeoutMs = options.writeTimeoutMs ?? 15000;

  async function write(bytes: Uint8Array): Promise<PrintResult> {
    let handle: DeviceHandle;
    try {
      handle = await openDevice(options.path);
    } catch (error) {
      const code = errorCode(error);
      const params = { path: options.path, reason: code };
      if (code === 'ENOENT' || code === 'ENODEV' || code === 'ENXIO') {
        return err(
          printerError('PRINTER_OFFLINE', 'ticket.printer.deviceMissing', {
            params,
            details: { cause: code },
          }),
        );
      }
      if (code === 'EACCES' || code === 'EPERM') {
        return err(
          printerError('PRINTER_ERROR', 'ticket.printer.deviceDenied', {
            params,
            details: { cause: code },
          }),
        );
      }
      return err(
        printerError('PRINTER_ERROR', 'ticket.printer.deviceFailed', {
          params,
          details: { cause: code },
        }),
      );
    }
    try {
      await handle.writeFile(bytes);
      return ok({ printer: name, bytes: bytes.length });
    } catch (error) {
      return err(
        printerError('PRINTER_ERROR', 'ticket.printer.deviceFailed', {
          params: { path: options.path, reason: errorCode(error) },
          details: { cause: errorCode(error) },
        }),
      );
    } finally {
      await handle.close().catch(() => undefined);
    }
  }

  async function send(bytes: Uint8Array): Promise<PrintResult> {
    let timer: NodeJS.Timeout | undefined;
    // The write cannot be cancelled; on timeout it is left to finish or fail on its own, and the
    // caller learns that the ticket's fate is unknown.
    const timeout = new Promise<PrintResult>((resolve) => {
      timer = setTimeout(
        () =>
          resolve(
            err(
              printerError('PRINTER_TIMEOUT', 'ticket.printer.timeout', {
                details: { path: options.path },
              }),
            ),
          ),
        timeoutMs,
      );
    });
    try {
      return await Promise.race([write(bytes), timeout]);
    } finally {
      clearTimeout(timer);
    }
  }

  return { name, send };
}
