import type { TicketMessageKey } from '../i18n/catalogs/ticket.es';
import type { MessageParams } from '../i18n/format-message';
import type { Language } from '../i18n/languages';
import { DEFAULT_LANGUAGE } from '../i18n/languages';
import { ticketText } from '../ticket/ticket-text';

/**
 * Stable codes of a print that did not happen. Programs (the kiosk's screen, the hub's record, the
 * supervisors' printer state) match on these; people read the message.
 */
export const PRINTER_ERROR_CODES = [
  /** Not reachable: off, unplugged, offline, no such device. Nothing was printed. */
  'PRINTER_OFFLINE',
  /** The paper-end sensor is set. Nothing was printed. */
  'PRINTER_NO_PAPER',
  /** The cover is open. Nothing was printed. */
  'PRINTER_COVER_OPEN',
  /** The printer or the way to it failed; the ticket may be missing or incomplete. */
  'PRINTER_ERROR',
  /** No answer in time; the ticket may be missing or incomplete. */
  'PRINTER_TIMEOUT',
  /** The printer's settings are wrong (profile, address); nothing was tried. */
  'PRINTER_CONFIG_INVALID',
] as const;

/** One of {@link PRINTER_ERROR_CODES}. */
export type PrinterErrorCode = (typeof PRINTER_ERROR_CODES)[number];

/** A failed print: a stable code, a sentence for people, and machine-readable detail for the record. */
export type PrinterError = {
  code: PrinterErrorCode;
  message: string;
  details?: Record<string, unknown>;
};

/**
 * Builds a {@link PrinterError} whose message is the catalog sentence `messageKey` (Spanish unless
 * told), so every printer problem a person reads comes from the ticket catalog.
 */
export function printerError(
  code: PrinterErrorCode,
  messageKey: TicketMessageKey,
  options: { params?: MessageParams; details?: Record<string, unknown>; lang?: Language } = {},
): PrinterError {
  const message = ticketText(messageKey, options.params, options.lang ?? DEFAULT_LANGUAGE);
  return options.details ? { code, message, details: options.details } : { code, message };
}
