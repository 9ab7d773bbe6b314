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

type Value = ProcedureCommandValue<'procedure:licence'>;

/**
 * Licencia de funcionamiento (Ley 28976): the risk level decides the ITSE timing, the extra
 * requirements, the fee and the legal time limit in working days; the filing opens an expediente
 * whose due date counts that limit from today ({@link fileExpediente}: its cargo prints at the window). Requirements
 * the clerk did not tick are kept with the expediente (some only apply to companies or to some
 * activities, so they do not block the filing); ticking one the catalog does not list is refused.
 */
export function createLicenceHandler(once: Once) {
  return async function licence(
    payload: ProcedureCommandPayload<'procedure:licence'>,
    actor: Actor,
    deps: ProcedureDeps,
  ): Promise<Result<Value, AppError>> {
    const key = requestKey('procedure:licence', actor.id, payload.requestId);
    return once(key, async () => {
      const config = deps.config();
      const attended = attendedProcedure(config, deps.state(), payload, actor, 'business-licence');
      if (!attended.ok) return attended;
      const { ticket, procedure } = attended.value;
      const rule = procedure.riskLevels?.[payload.riskLevel];
      if (!rule) return err(appError('RISK_LEVEL_UNKNOWN', { riskLevel: payload.riskLevel }));
      const requirements = [...procedure.requirements, ...rule.requirements];
      const unknown = payload.requirementsChecked.find((r) => !requirements.includes(r));
      if (unknown !== undefined) {
        return err(appError('REQUIREMENT_UNKNOWN', { requirement: unknown }));
      }
      const at = deps.now();
      const day = officeDay(config, at);
      const baseFee = feeOn(procedure.fee, day, config);
      if (!baseFee.ok) return baseFee;
      const riskFee = feeOn(rule.fee, day, config);
      if (!riskFee.ok) return riskFee;
      const fee = baseFee.value + riskFee.value;
      return ok(
        await fileExpediente<Omit<Value, 'printed'>>(deps, {
          key,
          command: 'procedure:licence',
          at,
          officeDay: day,
          actor,
          ticket,
          procedure,
          applicant: normalizeApplicant(payload.applicant),
          details: {
            tradeName: payload.tradeName,
            address: payload.address,
            activity: payload.activity,
            areaM2: payload.areaM2,
            riskLevel: payload.riskLevel,
            itse: rule.itse,
            fee,
            requirementsChecked: payload.requirementsChecked,
            requirementsMissing: requirements.filter(
              (r) => !payload.requirementsChecked.includes(r),
            ),
          },
          timeLimitWorkingDays: rule.timeLimitWorkingDays,
          observation: payload.observation ?? null,
          summary: () => payload.riskLevel,
          fee,
          answer: (expediente) => ({
            expediente,
            fee,
            itse: rule.itse,
            timeLimitWorkingDays: rule.timeLimitWorkingDays,
          }),
        }),
      );
    });
  };
}
