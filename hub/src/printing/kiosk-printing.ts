import type { Actor } from '@cac/shared/domain';
import type { CommandAck, OfficeConfig, PrintOutcome } from '@cac/shared/protocol';
import type { PrintQueue } from '@cac/shared/printing';
import {
  createPrintQueue,
  createPrinterTransport,
  parsePrinterTarget,
  renderEscPos,
} from '@cac/shared/printing';
import { buildTicketLayout, ticketText } from '@cac/shared/ticket';
import type { Logger } from 'pino';
import type { StoredPrintJob } from '../ledger/ledger-repository';

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

type DeviceQueue = { target: string; queue: PrintQueue };

/** Creates the printing service over the live configuration. */
export function createKioskPrinting(deps: {
  config: () => OfficeConfig;
  dataDir: string;
  /** The hub's address as phones on the LAN reach it, for the QR code. */
  publicOrigin: () => string;
  onOutcome: (deviceId: string, outcome: PrintOutcome) => void;
  /** Keeps every outcome (the ledger's print_jobs, and the supervisors' printer state). */
  record: (job: StoredPrintJob) => void;
  now: () => number;
  log: Logger;
}): KioskPrinting {
  const queues = new Map<string, DeviceQueue>();
  const inFlight = new Set<Promise<unknown>>();

  function report(deviceId: string, outcome: PrintOutcome, paperNearEnd = false): PrintOutcome {
    try {
      deps.record({
        at: deps.now(),
        deviceId,
        ticketId: outcome.ticketId,
        number: outcome.number,
        ok: outcome.ok,
        code: outcome.ok ? null : outcome.code,
        message: outcome.ok ? null : outcome.message,
        source: 'hub',
        paperNearEnd: outcome.ok && paperNearEnd,
      });
    } catch (error) {
      // The record is for supervisors; failing to keep it must not hide the outcome from the kiosk.
      deps.log.error({ err: error, deviceId }, 'could not record a print outcome');
    }
    if (outcome.ok) deps.log.info({ deviceId, ...outcome }, 'ticket printed');
    else deps.log.warn({ deviceId, ...outcome }, 'ticket NOT printed');
    deps.onOutcome(deviceId, outcome);
    return outcome;
  }

  /** One queue per device and target, so that two tickets never interleave on one printer. */
  function queueFor(deviceId: string, target: string, timeZone: string): PrintQueue | string {
    const existing = queues.get(deviceId);
    if (existing?.target === target) return existing.queue;
    const parsed = parsePrinterTarget(target);
    if (!parsed.ok) return parsed.error.message;
    const transport = createPrinterTransport(parsed.value, {
      dataDir: deps.dataDir,
      timeZone,
    });
    if (!transport.ok) return transport.error.message;
    const queue = createPrintQueue(transport.value);
    queues.set(deviceId, { target, queue });
    return queue;
  }

  async function print(ack: CommandAck, actor: Actor): Promise<PrintOutcome | null> {
    const issued = ack.issued;
    const config = deps.config();
    const device = config.devices.find((d) => d.id === actor.id);
    if (!issued || !ack.ticket || !device?.printer) return null;
    const base = { ticketId: issued.id, number: issued.number };
    try {
      const service = config.services.find((s) => s.id === issued.serviceId);
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
          ...base,
          ok: false,
          code: layout.error.code,
          message: layout.error.message,
        });
      }
      const queue = queueFor(device.id, device.printer.target, config.office.timeZone);
      if (typeof queue === 'string') {
        return report(device.id, {
          ...base,
          ok: false,
          code: 'PRINTER_CONFIG_INVALID',
          message: queue,
        });
      }
      const bytes = await renderEscPos(layout.value, device.printer.profile);
      const result = await queue.print(bytes, {
        ticketId: issued.id,
        number: issued.number,
        officeDay: ack.ticket.officeDay,
        layout: layout.value,
      });
      return result.ok
        ? report(device.id, { ...base, ok: true }, result.value.paperNearEnd === true)
        : report(device.id, {
            ...base,
            ok: false,
            code: result.error.code,
            message: result.error.message,
          });
    } catch (error) {
      deps.log.error({ err: error, deviceId: device.id }, 'printing failed unexpectedly');
      return report(device.id, {
        ...base,
        ok: false,
        code: 'PRINTER_ERROR',
        message: ticketText('ticket.printer.unexpected', { reason: String(error) }),
      });
    }
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
