import type { Result } from '../protocol/result';
import type { TicketLayout } from '../ticket/ticket-layout';
import type { PrinterError } from './printer-error';

/** What a transport knows about a print it accepted. */
export type PrintReceipt = {
  /** The transport's name (for the hub's record). */
  printer: string;
  /** Bytes handed over. */
  bytes: number;
  /**
   * True when an operating-system queue accepted the job: it is queued, not yet printed, and a
   * later failure (paper out) is only visible in that queue.
   */
  queued?: boolean;
  /** Where the bytes went, when that is a file (the file printer). */
  location?: string;
  /** The printer said its roll is nearly used up: printed, but someone should bring paper. */
  paperNearEnd?: boolean;
};

/** The outcome of one print: a receipt, or a coded error. Transports never throw. */
export type PrintResult = Result<PrintReceipt, PrinterError>;

/** The state a printer reports (ESC/POS `DLE EOT`), decoded. */
export type PrinterStatus = {
  online: boolean;
  coverOpen: boolean;
  paperOut: boolean;
  /** The near-end sensor is set: print, but ask for a new roll soon. */
  paperNearEnd: boolean;
  /** An error stopped the printer (cutter jam, overheating, …). */
  error: boolean;
};

/** The outcome of a status query. */
export type StatusResult = Result<PrinterStatus, PrinterError>;

/**
 * What a print is, for transports that keep files or records (the file printer names its files
 * after the ticket and draws a preview from the layout); byte-only transports ignore it.
 */
export type PrintLabel = {
  ticketId: string;
  number: string;
  /** Office day, YYYY-MM-DD. */
  officeDay: string;
  layout?: TicketLayout;
};

/**
 * A way to get one ticket's ESC/POS bytes to a printer: a network printer, an operating-system
 * queue or device, a file (the embedded default's virtual printer) or memory (tests). `send`
 * resolves with a {@link PrintResult} and never rejects.
 */
export type PrinterTransport = {
  readonly name: string;
  send(bytes: Uint8Array, label?: PrintLabel): Promise<PrintResult>;
  /** Only transports that can ask the printer (network printers) have it. */
  status?(): Promise<StatusResult>;
};
