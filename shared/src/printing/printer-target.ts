import type { Result } from '../protocol/result';
import { err, ok } from '../protocol/result';
import type { PaperMm } from '../ticket/paper';
import { createCupsTransport, CUPS_QUEUE_NAME } from './cups-transport';
import { createDeviceTransport } from './device-transport';
import { createFileTransport } from './file-transport';
import { createMemoryTransport } from './memory-transport';
import { createNetworkTransport } from './network-transport';
import type { PrinterError } from './printer-error';
import { printerError } from './printer-error';
import type { PrinterTransport } from './printer-transport';

/** Where a printer is, as settings write it (see {@link parsePrinterTarget}). */
export type PrinterTarget =
  | { kind: 'network'; host: string; port: number }
  | { kind: 'device'; path: string }
  | { kind: 'cups'; queue: string }
  | { kind: 'file' }
  | { kind: 'memory' };

const HELP =
  'use "tcp://IP:9100", "lp:COLA", una ruta como "/dev/usb/lp0" o "\\\\equipo\\impresora", "file" o "memory".';

function invalid(detail: string): Result<PrinterTarget, PrinterError> {
  return err(
    printerError('PRINTER_CONFIG_INVALID', 'ticket.printer.invalidConfig', {
      params: { detail },
    }),
  );
}

/**
 * Reads a printer address from settings: `tcp://host[:port]` (network, port 9100 by default),
 * `lp:QUEUE` (a CUPS raw queue), a device path (`/dev/usb/lp0`, `\\host\SHARE`, or anything after
 * `device:`), `file` (the data folder's virtual printer) or `memory` (tests). Anything else is
 * PRINTER_CONFIG_INVALID with a Spanish explanation.
 */
export function parsePrinterTarget(text: string): Result<PrinterTarget, PrinterError> {
  const value = text.trim();
  if (value === 'file' || value === 'memory') return ok({ kind: value });
  if (value.startsWith('tcp://')) {
    let url: URL;
    try {
      url = new URL(value);
    } catch {
      return invalid(`la dirección «${value}» no se entiende; ${HELP}`);
    }
    const host = url.hostname.replace(/^\[(.*)\]$/, '$1');
    if (host === '') return invalid(`a la dirección «${value}» le falta el equipo; ${HELP}`);
    if ((url.pathname !== '' && url.pathname !== '/') || url.search !== '') {
      return invalid(`la dirección «${value}» debe tener solo equipo y puerto; ${HELP}`);
    }
    return ok({ kind: 'network', host, port: url.port === '' ? 9100 : Number(url.port) });
  }
  if (value.startsWith('lp:')) {
    const queue = value.slice(3);
    return CUPS_QUEUE_NAME.test(queue)
      ? ok({ kind: 'cups', queue })
      : invalid(`el nombre de cola «${queue}» no es válido (letras, cifras, "_", "." y "-").`);
  }
  const path = value.startsWith('device:') ? value.slice('device:'.length) : value;
  if (path.startsWith('/') || path.startsWith('\\\\')) return ok({ kind: 'device', path });
  return invalid(`no se reconoce «${value}»; ${HELP}`);
}

/** What {@link createPrinterTransport} needs besides the target. */
export type TransportContext = {
  /** For `file`: the data folder. */
  dataDir?: string;
  /** For `file`: the preview's paper. */
  paperMm?: PaperMm;
  /** For `file`: the office's zone (the day folder of unlabeled jobs). */
  timeZone?: string;
};

/** The transport for a parsed target, with default timeouts; `file` without a data folder is refused. */
export function createPrinterTransport(
  target: PrinterTarget,
  context: TransportContext = {},
): Result<PrinterTransport, PrinterError> {
  switch (target.kind) {
    case 'network':
      return ok(createNetworkTransport({ host: target.host, port: target.port }));
    case 'device':
      return ok(createDeviceTransport({ path: target.path }));
    case 'cups':
      return ok(createCupsTransport({ queue: target.queue }));
    case 'memory':
      return ok(createMemoryTransport());
    case 'file':
      if (context.dataDir === undefined) {
        return err(
          printerError('PRINTER_CONFIG_INVALID', 'ticket.printer.invalidConfig', {
            params: { detail: 'la impresora "file" necesita la carpeta de datos.' },
          }),
        );
      }
      return ok(
        createFileTransport({
          dataDir: context.dataDir,
          ...(context.paperMm ? { paperMm: context.paperMm } : {}),
          ...(context.timeZone ? { timeZone: context.timeZone } : {}),
        }),
      );
  }
}
