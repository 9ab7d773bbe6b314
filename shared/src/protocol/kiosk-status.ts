import type { PrintSource } from './print-report';

/**
 * A kiosk printer's condition as supervisors read it, from its latest print outcome:
 * printing (`ok`), printing but almost out of paper (`paper_low`), out of paper, cover open,
 * unreachable (`offline`), or any other failure (`error`: timeouts, bad settings, layout errors).
 */
export const PRINTER_CONDITIONS = [
  'ok',
  'paper_low',
  'no_paper',
  'cover_open',
  'offline',
  'error',
] as const;
/** One of {@link PRINTER_CONDITIONS}. */
export type PrinterCondition = (typeof PRINTER_CONDITIONS)[number];

/** What a print outcome says about the printer (see {@link PRINTER_CONDITIONS}). */
export function printerConditionOf(
  outcome: { ok: true; paperNearEnd?: boolean } | { ok: false; code: string },
): PrinterCondition {
  if (outcome.ok) return outcome.paperNearEnd === true ? 'paper_low' : 'ok';
  switch (outcome.code) {
    case 'PRINTER_NO_PAPER':
      return 'no_paper';
    case 'PRINTER_COVER_OPEN':
      return 'cover_open';
    case 'PRINTER_OFFLINE':
      return 'offline';
    default:
      return 'error';
  }
}

/** A kiosk's printer, from the outcomes the hub recorded (its own prints and the kiosk's reports). */
export type KioskPrinterView = {
  condition: PrinterCondition;
  /** Printer code of the latest outcome (`PRINTER_NO_PAPER`, …); null when it printed. */
  code: string | null;
  /** The latest failure's sentence (Spanish, about the printer, never about a person); else null. */
  message: string | null;
  /** When the printer entered this condition: the first outcome of the current run (epoch ms). */
  since: number;
  /** When the latest outcome happened (epoch ms). */
  lastAt: number;
  /** Number of the ticket of the latest outcome. */
  lastNumber: string;
  /** Tickets in a row that did not print, up to the latest; 0 while it prints. */
  failedInRow: number;
  /** Who printed (or tried to): the hub, the kiosk's Electron bridge, or its browser. */
  source: PrintSource;
};

/** One kiosk device as supervisors see it (`kiosks:snapshot` on `/counter` and `/admin`). */
export type KioskStatusView = {
  deviceId: string;
  name: string;
  /** At least one connection of the device to the hub is open now. */
  online: boolean;
  /**
   * When the current `online` value began (epoch ms); null when the hub has not seen the device
   * since it started.
   */
  connectionSince: number | null;
  /** The hub prints this kiosk's tickets (a `printer` in its configuration). */
  printsAtHub: boolean;
  /** Null until some outcome of this kiosk is on record. */
  printer: KioskPrinterView | null;
};
