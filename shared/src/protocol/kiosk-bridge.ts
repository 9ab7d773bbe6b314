import type { TicketLayoutInput } from '../ticket/build-ticket-layout';

// What the kiosk's renderer and its Electron shell agree on (DESIGN: the renderer reaches the
// machine only through this typed bridge). Types and channel names only, so both the sandboxed
// preload bundle and the renderer can import it.

/** The global name under which the preload exposes the bridge (`window.cacBridge`). */
export const BRIDGE_GLOBAL = 'cacBridge';

/** IPC channels of the bridge; nothing else is handled in the main process. */
export const BRIDGE_CHANNELS = {
  printTicket: 'cac-kiosk:print-ticket',
  settings: 'cac-kiosk:settings',
} as const;

/** How a print in the Electron shell ended, as plain data (it crosses IPC). */
export type BridgePrintOutcome =
  | {
      ok: true;
      printer: string;
      /** An operating-system queue took the job: queued, not yet printed. */
      queued: boolean;
      /** Printed, but the roll is nearly used up. */
      paperNearEnd: boolean;
    }
  | {
      ok: false;
      /** A printer code (`PRINTER_NO_PAPER`, …) or `TICKET_INPUT_INVALID`. */
      code: string;
      /** A sentence for the citizen's screen (Spanish unless the ticket's language says otherwise). */
      message: string;
    };

/** What the renderer may know of the device settings (never the device key). */
export type BridgeSettings = {
  hubUrl: string;
  paperMm: 58 | 80;
  /** The kind of printer target (`network`, `device`, `cups`, `file`, `memory`). */
  printer: 'network' | 'device' | 'cups' | 'file' | 'memory';
  autostart: boolean;
};

/** The typed bridge the kiosk's renderer receives as `window.cacBridge`. */
export type KioskBridge = {
  /** Prints one ticket on the kiosk's printer; never rejects for a printer problem. */
  printTicket(input: TicketLayoutInput): Promise<BridgePrintOutcome>;
  settings(): Promise<BridgeSettings>;
};
