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
import type { Once } from './once';
import { requestKey } from './once';
import type { ProcedureDeps } from './procedure-deps';

type Value = ProcedureCommandValue<'procedure:acta-copy'>;

/** Why a first birth copy costs nothing: kept with the run so the free copy is accounted for. */
export const FREE_BIRTH_COPY_BASIS = 'Ley 29462: primera copia certificada del acta de nacimiento';

/** The record number of a certified-copy attention, from its run's row id. */
function recordIdOf(id: number): string {
  return `REG-${String(id).padStart(6, '0')}`;
}

/**
 * Copia certificada de acta: the fee comes from the catalog, except the first copy of a birth
 * acta (free by law, its legal reason recorded) and an acta not found (nothing issued, nothing
 * charged). The run is the record; its number (`REG-000123`) links the attention to it.
 */
export function createActaCopyHandler(once: Once) {
  return async function actaCopy(
    payload: ProcedureCommandPayload<'procedure:acta-copy'>,
    actor: Actor,
    deps: ProcedureDeps,
  ): Promise<Result<Value, AppError>> {
    const key = requestKey('procedure:acta-copy', actor.id, payload.requestId);
    return once(key, async () => {
      const config = deps.config();
      const attended = attendedProcedure(config, deps.state(), payload, actor, 'acta-copy');
      if (!attended.ok) return attended;
      const { ticket, procedure } = attended.value;
      if (payload.firstBirthCopyFree && procedure.actaType !== 'nacimiento') {
        return err(appError('FREE_COPY_NOT_ALLOWED'));
      }
      const at = deps.now();
      const day = officeDay(config, at);
      const catalogFee = feeOn(procedure.fee, day, config);
      if (!catalogFee.ok) return catalogFee;
      const issued = payload.result.kind === 'issued';
      const fee = issued && !payload.firstBirthCopyFree ? catalogFee.value : 0;
      const requester = normalizeApplicant(payload.requester);
      const value = deps.runs.record(
        {
          requestKey: key,
          command: 'procedure:acta-copy',
          at,
          officeDay: day,
          ticketId: ticket.id,
          serviceId: ticket.serviceId,
          procedureId: procedure.id,
          kind: procedure.kind,
          by: actor.id,
          windowId: ticket.windowId,
          result: (id) => ({ kind: 'record', ref: recordIdOf(id) }),
          summary: [
            payload.result.kind,
            payload.firstBirthCopyFree ? FREE_BIRTH_COPY_BASIS : null,
            payload.result.kind === 'issued' ? `recibo ${payload.result.receiptNumber}` : null,
            // The requester's document, not their name: enough to answer a complaint.
            `solicitante ${requester.document}`,
          ]
            .filter((part) => part !== null)
            .join(' · '),
          fee,
        },
        (id): Value => ({
          recordId: recordIdOf(id),
          fee,
          result: payload.result,
        }),
      );
      return ok(value);
    });
  };
}
