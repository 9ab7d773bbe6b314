import type { PrinterErrorCode, PrinterTarget } from '@cac/shared/printing';
import type { TicketLayoutInput } from '@cac/shared/ticket';

// What the kiosk's renderer and the Electron main process agree on. Types and channel names only
// (no runtime imports), so the sandboxed preload bundle stays tiny.

/** IPC channels of the bridge; nothing else is handled in the main process. */
export const BRIDGE_CHANNELS = {
  printTicket: 'cac-kiosk:print-ticket',
  settings: 'cac-kiosk:settings',
} as const;

/** How a print ended, as plain data (it crosses IPC). */
export type PrintOutcome =
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
      code: PrinterErrorCode | 'TICKET_INPUT_INVALID';
      /** A sentence for the citizen's screen (Spanish unless the ticket's language says otherwise). */
      message: string;
    };

/** What the renderer may know of the device settings (never the device key). */
export type BridgeSettings = {
  hubUrl: string;
  paperMm: 58 | 80;
  printer: PrinterTarget['kind'];
  autostart: boolean;
};

/** The typed bridge the kiosk's renderer receives as `window.cacBridge`. */
export type KioskBridge = {
  /** Prints one ticket on the kiosk's printer; never rejects for a printer problem. */
  printTicket(input: TicketLayoutInput): Promise<PrintOutcome>;
  settings(): Promise<BridgeSettings>;
};
