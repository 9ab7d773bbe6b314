import type { OfficeConfig, PrintOutcome } from '@cac/shared/protocol';
import type { PrintQueue, PrinterTransport } from '@cac/shared/printing';
import {
  createFileTransport,
  createPrintQueue,
  createPrinterTransport,
  parsePrinterTarget,
  renderEscPos,
} from '@cac/shared/printing';
import type { TicketLayout } from '@cac/shared/ticket';
import { ticketText } from '@cac/shared/ticket';
import type { Logger } from 'pino';
import type { StoredPrintJob } from '../ledger/ledger-repository';

/** A printer as office.json configures it, for a kiosk (`devices[].printer`) or a window. */
export type StationPrinter = NonNullable<OfficeConfig['devices'][number]['printer']>;

/** One document to print: its layout and what names it in the outcome and the virtual printer. */
export type StationDocument = {
  ticketId: string;
  number: string;
  officeDay: string;
  layout: TicketLayout;
};

/** How one print went, with the paper-low warning of a print that worked. */
export type StationOutcome = { outcome: PrintOutcome; paperNearEnd: boolean };

/** The hub's printers (kiosks' and windows'), one queue each so two jobs never interleave. */
export type PrinterStations = {
  /** Renders and prints `document` on `station`'s printer. Never rejects. */
  print(
    station: string,
    printer: StationPrinter,
    document: StationDocument,
    timeZone: string,
  ): Promise<StationOutcome>;
};

/**
 * Creates the stations over the data folder. `fileFolder` says where a station's virtual printer
 * ('file') writes; by default `<data>/printed/`.
 */
export function createPrinterStations(deps: {
  dataDir: string;
  fileFolder?: (station: string) => string | undefined;
  log: Logger;
}): PrinterStations {
  const queues = new Map<string, { target: string; queue: PrintQueue }>();

  function transportFor(station: string, target: string, timeZone: string) {
    const parsed = parsePrinterTarget(target);
    if (!parsed.ok) return parsed;
    const folder = deps.fileFolder?.(station);
    if (parsed.value.kind === 'file' && folder) {
      const transport: PrinterTransport = createFileTransport({
        dataDir: deps.dataDir,
        folder,
        timeZone,
      });
      return { ok: true as const, value: transport };
    }
    return createPrinterTransport(parsed.value, { dataDir: deps.dataDir, timeZone });
  }

  function queueFor(station: string, target: string, timeZone: string): PrintQueue | string {
    const existing = queues.get(station);
    if (existing?.target === target) return existing.queue;
    const transport = transportFor(station, target, timeZone);
    if (!transport.ok) return transport.error.message;
    const queue = createPrintQueue(transport.value);
    queues.set(station, { target, queue });
    return queue;
  }

  return {
    async print(station, printer, document, timeZone) {
      const base = { ticketId: document.ticketId, number: document.number };
      const failed = (code: string, message: string): StationOutcome => ({
        outcome: { ...base, ok: false, code, message },
        paperNearEnd: false,
      });
      try {
        const queue = queueFor(station, printer.target, timeZone);
        if (typeof queue === 'string') return failed('PRINTER_CONFIG_INVALID', queue);
        const bytes = await renderEscPos(document.layout, printer.profile);
        const result = await queue.print(bytes, {
          ticketId: document.ticketId,
          number: document.number,
          officeDay: document.officeDay,
          layout: document.layout,
        });
        return result.ok
          ? { outcome: { ...base, ok: true }, paperNearEnd: result.value.paperNearEnd === true }
          : failed(result.error.code, result.error.message);
      } catch (error) {
        deps.log.error({ err: error, station }, 'printing failed unexpectedly');
        return failed(
          'PRINTER_ERROR',
          ticketText('ticket.printer.unexpected', { reason: String(error) }),
        );
      }
    },
  };
}

/** The ledger's record (print_jobs) of an outcome of the hub's own printing, kiosk or window. */
export function hubPrintJob(
  at: number,
  deviceId: string,
  outcome: PrintOutcome,
  paperNearEnd: boolean,
): StoredPrintJob {
  return {
    at,
    deviceId,
    ticketId: outcome.ticketId,
    number: outcome.number,
    ok: outcome.ok,
    code: outcome.ok ? null : outcome.code,
    message: outcome.ok ? null : outcome.message,
    source: 'hub',
    paperNearEnd: outcome.ok && paperNearEnd,
  };
}
