import type { Actor, Ticket } from '@cac/shared/domain';
import type { ExpedienteIssued, PrintOutcome, ProcedureView } from '@cac/shared/protocol';
import type { StoredExpediente } from '../expedientes/expediente-repository';
import type { normalizeApplicant } from './applicant';
import { expedienteIssued } from './expediente-issued';
import type { ProcedureDeps } from './procedure-deps';
import { printCargo } from './window-documents';

/** A filing at a window, as the licence and mesa de partes commands describe it. */
export type Filing<V> = {
  /** The run's request key (`requestKey(command, actor, requestId)`). */
  key: string;
  command: string;
  at: number;
  officeDay: string;
  actor: Actor;
  ticket: Ticket & { windowId: string };
  procedure: ProcedureView;
  applicant: ReturnType<typeof normalizeApplicant>;
  /** What the expediente keeps of the filing beyond the applicant (never on the ticket). */
  details: Readonly<Record<string, unknown>>;
  timeLimitWorkingDays: number | null;
  observation: string | null;
  /** The reports' short line for the run (the risk level, the new expediente's state). */
  summary: (opened: StoredExpediente) => string;
  /** What the citizen was charged, in céntimos. */
  fee: number;
  /** The command's answer once the expediente exists, before its cargo is printed. */
  answer: (expediente: ExpedienteIssued) => V;
};

/**
 * Opens the expediente and records the run with it in one transaction, then prints the cargo on
 * the window's printer and remembers the answer with the print's outcome.
 */
export async function fileExpediente<V extends object>(
  deps: ProcedureDeps,
  filing: Filing<V>,
): Promise<V & { printed: PrintOutcome | null }> {
  const { ticket, procedure, applicant } = filing;
  const windowId = ticket.windowId;
  const { stored, value } = deps.runs.atomically(() => {
    const opened = deps.expedientes.open({
      procedureId: procedure.id,
      procedureName: procedure.name,
      serviceId: ticket.serviceId,
      ticketId: ticket.id,
      windowId,
      by: filing.actor.id,
      applicantDocument: applicant.document,
      applicant: applicant.applicant,
      details: filing.details,
      timeLimitWorkingDays: filing.timeLimitWorkingDays,
      observation: filing.observation,
    });
    const answer = { ...filing.answer(expedienteIssued(deps, opened)), printed: null };
    deps.runs.record(
      {
        requestKey: filing.key,
        command: filing.command,
        at: filing.at,
        officeDay: filing.officeDay,
        ticketId: ticket.id,
        serviceId: ticket.serviceId,
        procedureId: procedure.id,
        kind: procedure.kind,
        by: filing.actor.id,
        windowId,
        result: { kind: 'expediente', ref: opened.number },
        summary: filing.summary(opened),
        fee: filing.fee,
      },
      () => answer,
    );
    return { stored: opened, value: answer };
  });
  const printed = await printCargo(deps, windowId, stored, ticket.id);
  const answer = { ...value, printed };
  deps.runs.updateResponse(filing.key, answer);
  return answer;
}
