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
import { fileExpediente } from './file-expediente';
import type { Once } from './once';
import { requestKey } from './once';
import type { ProcedureDeps } from './procedure-deps';

type Value = ProcedureCommandValue<'procedure:intake'>;

/**
 * Mesa de partes: a filing opens an expediente (with its observation and 2-working-day term when
 * something is missing) through {@link fileExpediente}.
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
      return ok(
        await fileExpediente<Omit<Value, 'printed'>>(deps, {
          key,
          command: 'procedure:intake',
          at,
          officeDay: day,
          actor,
          ticket,
          procedure,
          applicant: normalizeApplicant(payload.applicant),
          details: {
            documentType: payload.documentType,
            subject: payload.subject,
            folios: payload.folios,
            destinationOffice: payload.destinationOffice,
          },
          timeLimitWorkingDays: procedure.timeLimitWorkingDays,
          observation: payload.observation ?? null,
          summary: (opened) => opened.progress.state,
          fee: fee.value,
          answer: (expediente) => ({ expediente }),
        }),
      );
    });
  };
}
