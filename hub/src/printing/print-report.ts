import type { Actor } from '@cac/shared/domain';
import type { PrintReportAck, Result } from '@cac/shared/protocol';
import { PrintReportSchema, err, ok } from '@cac/shared/protocol';
import { appError, invalidPayload } from '../errors/app-errors';
import type { LedgerRepository } from '../ledger/ledger-repository';
import type { KioskBoard } from './kiosk-board';

/** Answers one `print:report`; never throws. */
export type PrintReportHandler = (payload: unknown, actor: Actor) => Result<PrintReportAck>;

/**
 * The path of a kiosk's own print outcome: parse with the protocol's schema → only a kiosk, and
 * only about a ticket that this very device took (the device id comes from its handshake, never
 * from the payload, so one kiosk cannot blame another's printer) → the board records it in the
 * ledger and tells supervisors. It changes no ticket, so it does not pass through the writer.
 */
export function createPrintReportHandler(deps: {
  ledger: Pick<LedgerRepository, 'getTicket' | 'issuerOfTicket'>;
  board: KioskBoard;
  now: () => number;
}): PrintReportHandler {
  return (payload, actor) => {
    const parsed = PrintReportSchema.safeParse(payload);
    if (!parsed.success) return err(invalidPayload(parsed.error));
    if (actor.role !== 'kiosk') return err(appError('FORBIDDEN'));
    const report = parsed.data;
    const ticket = deps.ledger.getTicket(report.ticketId);
    // A ticket of another kiosk is answered like an unknown one: a kiosk learns nothing about
    // tickets it did not take.
    if (
      !ticket ||
      ticket.number !== report.number ||
      deps.ledger.issuerOfTicket(ticket.id) !== actor.id
    ) {
      return err(appError('UNKNOWN_TICKET', { ticketId: report.ticketId }));
    }
    const at = deps.now();
    const stored = deps.board.record({
      at,
      deviceId: actor.id,
      ticketId: ticket.id,
      number: ticket.number,
      ok: report.ok,
      code: report.ok ? null : report.code,
      message: report.ok ? null : report.message,
      source: report.via,
      paperNearEnd: report.ok && report.paperNearEnd,
    });
    return stored ? ok({ recordedAt: at }) : err(appError('STORAGE_FAILED'));
  };
}
