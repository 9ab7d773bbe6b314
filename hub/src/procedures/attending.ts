import type { Actor, Centimos, LiveState, Ticket } from '@cac/shared/domain';
import { feeFromUitPercent, officeDayOf } from '@cac/shared/domain';
import type { AppError, OfficeConfig, ProcedureView, Result } from '@cac/shared/protocol';
import { err, ok } from '@cac/shared/protocol';
import { appError } from '../errors/app-errors';

/** Supervisors and admins oversee the floor: they may record a procedure for any window. */
function oversees(actor: Actor): boolean {
  return actor.role === 'supervisor' || actor.role === 'admin';
}

/**
 * The ticket a procedure is recorded for: it must be in attention (`serving`) and, for a clerk,
 * at the window the clerk holds.
 */
export function servingTicket(
  state: LiveState,
  ticketId: string,
  actor: Actor,
): Result<Ticket & { windowId: string }, AppError> {
  const ticket = state.tickets[ticketId];
  if (!ticket) return err(appError('UNKNOWN_TICKET', { ticketId }));
  if (ticket.status !== 'serving' || ticket.windowId === null) {
    return err(appError('TICKET_NOT_SERVING', { number: ticket.number }));
  }
  if (!oversees(actor) && state.windows[ticket.windowId]?.clerkId !== actor.id) {
    return err(appError('TICKET_NOT_AT_YOUR_WINDOW', { number: ticket.number }));
  }
  return ok({ ...ticket, windowId: ticket.windowId });
}

/** The window the actor holds now (open or paused), if any. */
export function windowOfActor(state: LiveState, actor: Actor): string | null {
  const held = Object.values(state.windows).find(
    (window) => window.status !== 'closed' && window.clerkId === actor.id,
  );
  return held?.id ?? null;
}

/** A procedure of the ticket's service, of the kind the command registers. */
export function procedureOf(
  config: OfficeConfig,
  serviceId: string,
  procedureId: string,
  kind: ProcedureView['kind'],
): Result<ProcedureView, AppError> {
  const service = config.services.find((s) => s.id === serviceId);
  const procedure = service?.procedures.find((p) => p.id === procedureId);
  if (!procedure) return err(appError('PROCEDURE_UNKNOWN', { procedureId }));
  if (procedure.kind !== kind) {
    return err(appError('PROCEDURE_KIND_MISMATCH', { procedure: procedure.name }));
  }
  return ok(procedure);
}

/**
 * What every procedure command checks first: the ticket is in attention at the sender's window
 * and the procedure belongs to its service with the command's kind.
 */
export function attendedProcedure(
  config: OfficeConfig,
  state: LiveState,
  request: { ticketId: string; procedureId: string },
  actor: Actor,
  kind: ProcedureView['kind'],
): Result<{ ticket: Ticket & { windowId: string }; procedure: ProcedureView }, AppError> {
  const ticket = servingTicket(state, request.ticketId, actor);
  if (!ticket.ok) return ticket;
  const procedure = procedureOf(config, ticket.value.serviceId, request.procedureId, kind);
  if (!procedure.ok) return procedure;
  return ok({ ticket: ticket.value, procedure: procedure.value });
}

/** The office day of `at` (deadlines, the UIT's year, receipts). */
export function officeDay(config: OfficeConfig, at: number): string {
  return officeDayOf(at, config.office.timeZone);
}

/** A catalog fee on `day`: free, fixed, or a percentage of that year's UIT. */
export function feeOn(
  fee: ProcedureView['fee'],
  day: string,
  config: OfficeConfig,
): Result<Centimos, AppError> {
  switch (fee.kind) {
    case 'free':
      return ok(0);
    case 'fixed':
      return ok(fee.centimos);
    case 'uit-percent': {
      const year = Number(day.slice(0, 4));
      const table = Object.fromEntries(
        Object.entries(config.uitTable).map(([y, value]) => [Number(y), value]),
      );
      const computed = feeFromUitPercent(fee.percent, year, table);
      return computed.ok ? computed : err(appError('FEE_UNAVAILABLE', { year }));
    }
  }
}

/** The name of a window, as printed on its documents. */
export function windowName(config: OfficeConfig, windowId: string | null): string {
  return config.windows.find((w) => w.id === windowId)?.name ?? windowId ?? '';
}
