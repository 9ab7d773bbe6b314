import type { OfficeConfig, PrintOutcome } from '@cac/shared/protocol';
import type { Logger } from 'pino';
import type { StoredPrintJob } from '../ledger/ledger-repository';
import type { PrinterStations, StationDocument } from './printer-stations';
import { hubPrintJob } from './printer-stations';

/**
 * A document a window prints: the cargo of a filing or the receipt of a payment. `number` is the
 * expediente or receipt number; `ticketId` the attention it belongs to (a reprint names itself,
 * `reimpresion-<time>`).
 */
export type WindowDocument = StationDocument;

/** The hub's printing at the counter windows (see `windows[].printer`). */
export type WindowPrinting = {
  /**
   * Queues a document on the window's printer, outside any command's critical path. Resolves
   * with the outcome (also recorded in the ledger's print_jobs as `window:<id>`), or null when
   * the window has no printer. Never rejects.
   */
  print(windowId: string, document: WindowDocument): Promise<PrintOutcome | null>;
  /** Resolves when every print started so far has finished (the hub waits for it on shutdown). */
  idle(): Promise<void>;
};

/** The device id under which a window's prints are recorded (kiosk ids never contain `:`). */
export function windowPrinterId(windowId: string): string {
  return `window:${windowId}`;
}

/** Creates the windows' printing over the live configuration; one queue per window printer. */
export function createWindowPrinting(deps: {
  config: () => OfficeConfig;
  /** The hub's printers (one queue each), shared with the kiosks. */
  stations: PrinterStations;
  record: (job: StoredPrintJob) => void;
  now: () => number;
  log: Logger;
}): WindowPrinting {
  const inFlight = new Set<Promise<unknown>>();

  function report(windowId: string, outcome: PrintOutcome, paperNearEnd = false): PrintOutcome {
    try {
      deps.record(hubPrintJob(deps.now(), windowPrinterId(windowId), outcome, paperNearEnd));
    } catch (error) {
      deps.log.error({ err: error, windowId }, 'could not record a window print outcome');
    }
    if (outcome.ok) deps.log.info({ windowId, ...outcome }, 'document printed');
    else deps.log.warn({ windowId, ...outcome }, 'document NOT printed');
    return outcome;
  }

  async function print(windowId: string, doc: WindowDocument): Promise<PrintOutcome | null> {
    const config = deps.config();
    const printer = config.windows.find((w) => w.id === windowId)?.printer;
    if (!printer) return null;
    const { outcome, paperNearEnd } = await deps.stations.print(
      windowPrinterId(windowId),
      printer,
      doc,
      config.office.timeZone,
    );
    return report(windowId, outcome, paperNearEnd);
  }

  return {
    print(windowId, doc) {
      const job = print(windowId, doc);
      inFlight.add(job);
      void job.finally(() => inFlight.delete(job));
      return job;
    },
    async idle() {
      await Promise.allSettled([...inFlight]);
    },
  };
}
