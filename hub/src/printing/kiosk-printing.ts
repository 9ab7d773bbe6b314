import type { Actor } from '@cac/shared/domain';
import type { CommandAck, OfficeConfig, PrintOutcome } from '@cac/shared/protocol';
import { buildTicketLayout } from '@cac/shared/ticket';
import type { Logger } from 'pino';
import type { StoredPrintJob } from '../ledger/ledger-repository';
import type { PrinterStations } from './printer-stations';
import { hubPrintJob } from './printer-stations';

/** The hub's printing for kiosks that run in a plain browser (see `devices[].printer`). */
export type KioskPrinting = {
  /**
   * Prints a ticket just issued to a kiosk, after its acknowledgement and outside the single
   * writer, so that a slow or broken printer never delays or undoes a ticket. Resolves with the
   * outcome, which is also reported through `onOutcome`; never rejects.
   */
  printIssued(ack: CommandAck, actor: Actor): Promise<PrintOutcome | null>;
  /** Resolves when every print started so far has finished (the hub waits for it on shutdown). */
  idle(): Promise<void>;
};

/** Creates the printing service over the live configuration. */
export function createKioskPrinting(deps: {
  config: () => OfficeConfig;
  /** The hub's printers (one queue each), shared with the windows. */
  stations: PrinterStations;
  /** The hub's address as phones on the LAN reach it, for the QR code. */
  publicOrigin: () => string;
  onOutcome: (deviceId: string, outcome: PrintOutcome) => void;
  /** Keeps every outcome (the ledger's print_jobs, and the supervisors' printer state). */
  record: (job: StoredPrintJob) => void;
  now: () => number;
  log: Logger;
}): KioskPrinting {
  const inFlight = new Set<Promise<unknown>>();

  function report(deviceId: string, outcome: PrintOutcome, paperNearEnd = false): PrintOutcome {
    try {
      deps.record(hubPrintJob(deps.now(), deviceId, outcome, paperNearEnd));
    } catch (error) {
      // The record is for supervisors; failing to keep it must not hide the outcome from the kiosk.
      deps.log.error({ err: error, deviceId }, 'could not record a print outcome');
    }
    if (outcome.ok) deps.log.info({ deviceId, ...outcome }, 'ticket printed');
    else deps.log.warn({ deviceId, ...outcome }, 'ticket NOT printed');
    deps.onOutcome(deviceId, outcome);
    return outcome;
  }

  async function print(ack: CommandAck, actor: Actor): Promise<PrintOutcome | null> {
    const issued = ack.issued;
    const config = deps.config();
    const device = config.devices.find((d) => d.id === actor.id);
    if (!issued || !ack.ticket || !device?.printer) return null;
    const service = config.services.find((s) => s.id === issued.serviceId);
    // Neither step throws: a bad layout is a coded result, and the stations never reject.
    const layout = buildTicketLayout({
      office: {
        name: config.office.name,
        municipality: config.office.municipality,
        timeZone: config.office.timeZone,
      },
      ticket: issued,
      serviceName: service?.name ?? issued.serviceId,
      publicOrigin: deps.publicOrigin(),
      footer: config.ticketFooter,
    });
    if (!layout.ok) {
      return report(device.id, {
        ticketId: issued.id,
        number: issued.number,
        ok: false,
        code: layout.error.code,
        message: layout.error.message,
      });
    }
    const { outcome, paperNearEnd } = await deps.stations.print(
      device.id,
      device.printer,
      {
        ticketId: issued.id,
        number: issued.number,
        officeDay: ack.ticket.officeDay,
        layout: layout.value,
      },
      config.office.timeZone,
    );
    return report(device.id, outcome, paperNearEnd);
  }

  return {
    printIssued(ack, actor) {
      const job = print(ack, actor);
      inFlight.add(job);
      void job.finally(() => inFlight.delete(job));
      return job;
    },
    async idle() {
      await Promise.allSettled([...inFlight]);
    },
  };
}
