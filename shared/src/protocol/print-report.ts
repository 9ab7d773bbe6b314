import { z } from 'zod';
import { IdSchema } from './fields';

/**
 * Who printed a kiosk ticket: the hub on the device's configured printer, the kiosk's Electron
 * shell through its bridge, or the kiosk's browser (`window.print()`, which only ever tells of a
 * failure to start).
 */
export const PRINT_SOURCES = ['hub', 'bridge', 'browser'] as const;
/** One of {@link PRINT_SOURCES}. */
export type PrintSource = (typeof PRINT_SOURCES)[number];

/** A ticket number as the hub formats it (`R-001`, `LF-1000`). */
const TicketNumberSchema = z
  .string()
  .regex(/^[A-Z]{1,2}-\d{3,7}$/, { error: 'Número de ticket inválido.' });

/** A stable printer code (`PRINTER_NO_PAPER`, …) or another upper-case code of the ticket layout. */
const PrintCodeSchema = z
  .string()
  .regex(/^[A-Z][A-Z0-9_]{1,47}$/, { error: 'Código de impresión inválido.' });

const reportBase = {
  ticketId: IdSchema,
  number: TicketNumberSchema,
  /** The kiosk printed through its Electron bridge, or its browser's print dialog. */
  via: z.enum(['bridge', 'browser']),
};

/**
 * Payload of `print:report`: a kiosk that prints its own tickets tells the hub how one print went,
 * so that supervisors see its printer's state. The device is the sender's (from its handshake),
 * never a field of the payload; the ticket must be one that this device took.
 */
export const PrintReportSchema = z.discriminatedUnion('ok', [
  z.strictObject({
    ...reportBase,
    ok: z.literal(true),
    /** Printed, but the roll is nearly used up. */
    paperNearEnd: z.boolean().default(false),
  }),
  z.strictObject({
    ...reportBase,
    ok: z.literal(false),
    code: PrintCodeSchema,
    /** The sentence the kiosk showed (Spanish unless the ticket's language said otherwise). */
    message: z.string().trim().min(1).max(300),
  }),
]);

/** What a kiosk may send with `print:report` (before defaults). */
export type PrintReportInput = z.input<typeof PrintReportSchema>;
/** A validated `print:report`. */
export type PrintReport = z.output<typeof PrintReportSchema>;

/** The hub's answer to an accepted `print:report`. */
export type PrintReportAck = {
  /** When the hub recorded it (epoch ms, hub clock). */
  recordedAt: number;
};
