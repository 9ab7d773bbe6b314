import type { Actor } from '@cac/shared/domain';
import type {
  AppError,
  ProcedureCommandPayload,
  ProcedureCommandValue,
  Result,
} from '@cac/shared/protocol';
import { err, ok } from '@cac/shared/protocol';
import { appError } from '../errors/app-errors';
import { normalizeApplicant } from './applicant';
import { attendedProcedure, feeOn, officeDay } from './attending';
import { expedienteIssued } from './expediente-issued';
import type { Once } from './once';
import { requestKey } from './once';
import type { ProcedureDeps } from './procedure-deps';
import { printCargo } from './window-documents';

type Value = ProcedureCommandValue<'procedure:intake'>;

/**
 * Mesa de partes: a filing opens an expediente (with its observation and 2-working-day term when
 * something is missing), the run is recorded with it in one transaction, then the cargo prints on
 * the window's printer.
 */
export function createIntakeHandler(once: Once) {
  return async function intake(
    payload: ProcedureCommandPayload<'procedure:intake'>,
    actor: Actor,
    deps: ProcedureDeps,
  ): Promise<Result<Value, AppError>> {
    const key = requestKey('procedure:intake', actor.id, payload.requestId);
    return once(key, async () => {
      const config = deps.config();
      const attended = attendedProcedure(config, deps.state(), payload, actor, 'document-intake');
      if (!attended.ok) return attended;
      const { ticket, procedure } = attended.value;
      const { documentTypes, destinationOffices } = procedure;
      if (documentTypes && !documentTypes.includes(payload.documentType)) {
        return err(appError('DOCUMENT_TYPE_UNKNOWN', { documentType: payload.documentType }));
      }
      if (destinationOffices && !destinationOffices.includes(payload.destinationOffice)) {
        return err(appError('DESTINATION_OFFICE_UNKNOWN', { office: payload.destinationOffice }));
      }
      const at = deps.now();
      const day = officeDay(config, at);
      const fee = feeOn(procedure.fee, day, config);
      if (!fee.ok) return fee;
      const applicant = normalizeApplicant(payload.applicant);
      const windowId = ticket.windowId;
      const { stored, value } = deps.runs.atomically(() => {
        const opened = deps.expedientes.open({
          procedureId: procedure.id,
          procedureName: procedure.name,
          serviceId: ticket.serviceId,
          ticketId: ticket.id,
          windowId,
          by: actor.id,
          applicantDocument: applicant.document,
          applicant: applicant.applicant,
          details: {
            documentType: payload.documentType,
            subject: payload.subject,
            folios: payload.folios,
            destinationOffice: payload.destinationOffice,
          },
          timeLimitWorkingDays: procedure.timeLimitWorkingDays,
          observation: payload.observation ?? null,
        });
        const answer: Value = { expediente: expedienteIssued(deps, opened), printed: null };
        deps.runs.record(
          {
            requestKey: key,
            command: 'procedure:intake',
            at,
            officeDay: day,
            ticketId: ticket.id,
            serviceId: ticket.serviceId,
            procedureId: procedure.id,
            kind: procedure.kind,
            by: actor.id,
            windowId,
            result: { kind: 'expediente', ref: opened.number },
            summary: opened.progress.state,
            fee: fee.value,
          },
          () => answer,
        );
        return { stored: opened, value: answer };
      });
      const printed = await printCargo(deps, windowId, stored, ticket.id);
      const answer: Value = { ...value, printed };
      deps.runs.updateResponse(key, answer);
      return ok(answer);
    });
  };
}
