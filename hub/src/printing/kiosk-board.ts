import type { KioskPrinterView, KioskStatusView, OfficeConfig } from '@cac/shared/protocol';
import type { Logger } from 'pino';
import type { LedgerRepository, StoredPrintJob } from '../ledger/ledger-repository';
import { nextPrinterView, printerViewOf } from './printer-state';

/** How far back the ledger is read to rebuild a printer's state after a restart. */
const HISTORY_ON_START = 200;

/**
 * What supervisors see of the kiosks: connected or not, and each printer's state. The one place
 * that keeps it, fed by the hub's own prints and by the kiosks' `print:report`s, so both kinds of
 * outcome land in the ledger the same way and in the same order as the live state.
 */
export type KioskBoard = {
  /**
   * Keeps a print outcome: the ledger's `print_jobs` first, then the live state, then staff are
   * told. Returns false when the ledger refused it (the live state still follows the printer,
   * since a supervisor needs to know it has no paper even when the disk is in trouble).
   */
  record(job: StoredPrintJob): boolean;
  /** A socket of this device connected. */
  connected(deviceId: string): void;
  /** A socket of this device closed. */
  disconnected(deviceId: string): void;
  /** Every configured kiosk, in configuration order. */
  view(): KioskStatusView[];
};

type Presence = { sockets: number; since: number };

/** Creates the board; printer states are read back from the ledger the first time they are needed. */
export function createKioskBoard(deps: {
  config: () => OfficeConfig;
  ledger: Pick<LedgerRepository, 'recordPrintJob' | 'latestPrintJobsOfDevice'>;
  now: () => number;
  log: Logger;
  /** Called after every change, with the new view. */
  onChange: (kiosks: KioskStatusView[]) => void;
}): KioskBoard {
  const printers = new Map<string, KioskPrinterView | null>();
  const presence = new Map<string, Presence>();

  function printerOf(deviceId: string): KioskPrinterView | null {
    if (!printers.has(deviceId)) {
      let view: KioskPrinterView | null = null;
      try {
        view = printerViewOf(
          deps.ledger.latestPrintJobsOfDevice(deviceId, HISTORY_ON_START).reverse(),
        );
      } catch (error) {
        deps.log.error({ err: error, deviceId }, 'could not read the print history of a kiosk');
      }
      printers.set(deviceId, view);
    }
    return printers.get(deviceId) ?? null;
  }

  function view(): KioskStatusView[] {
    return deps
      .config()
      .devices.filter((device) => device.kind === 'kiosk')
      .map((device) => {
        const seen = presence.get(device.id);
        return {
          deviceId: device.id,
          name: device.name,
          online: (seen?.sockets ?? 0) > 0,
          connectionSince: seen?.since ?? null,
          printsAtHub: device.printer !== undefined,
          printer: printerOf(device.id),
        };
      });
  }

  function changed(): void {
    deps.onChange(view());
  }

  function isKiosk(deviceId: string): boolean {
    return deps
      .config()
      .devices.some((device) => device.id === deviceId && device.kind === 'kiosk');
  }

  return {
    record(job) {
      let stored = true;
      try {
        deps.ledger.recordPrintJob(job);
      } catch (error) {
        stored = false;
        deps.log.error({ err: error, deviceId: job.deviceId }, 'could not record a print outcome');
      }
      printers.set(job.deviceId, nextPrinterView(printerOf(job.deviceId), job));
      changed();
      return stored;
    },
    connected(deviceId) {
      if (!isKiosk(deviceId)) return;
      const before = presence.get(deviceId);
      const sockets = (before?.sockets ?? 0) + 1;
      // A second tab of the same kiosk does not make it "newly" online.
      presence.set(deviceId, {
        sockets,
        since: sockets === 1 ? deps.now() : (before?.since ?? deps.now()),
      });
      if (sockets === 1) changed();
    },
    disconnected(deviceId) {
      const before = presence.get(deviceId);
      if (!before || before.sockets === 0) return;
      const sockets = before.sockets - 1;
      presence.set(deviceId, { sockets, since: sockets === 0 ? deps.now() : before.since });
      if (sockets === 0) changed();
    },
    view,
  };
}
