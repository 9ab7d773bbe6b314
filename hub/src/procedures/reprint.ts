import type { Actor } from '@cac/shared/domain';
import type {
  AppError,
  ProcedureCommandPayload,
  ProcedureCommandValue,
  Result,
} from '@cac/shared/protocol';
import { err, ok } from '@cac/shared/protocol';
import { appError } from '../errors/app-errors';
import { windowOfActor } from './attending';
import type { ProcedureDeps } from './procedure-deps';
import { receiptView } from './tax-commands';
import { printCargo, printReceipt } from './window-documents';

/**
 * Prints a cargo or a receipt again, on the printer of the window the sender holds (the citizen
 * stands there). The file of the virtual printer is named after the reprint's time, so the first
 * print stays as it was.
 */
export async function documentReprint(
  payload: ProcedureCommandPayload<'document:reprint'>,
  actor: Actor,
  deps: ProcedureDeps,
): Promise<Result<ProcedureCommandValue<'document:reprint'>, AppError>> {
  const windowId = windowOfActor(deps.state(), actor);
  if (windowId === null) return err(appError('WINDOW_REQUIRED'));
  const label = `reimpresion-${deps.now()}`;
  if (payload.kind === 'cargo') {
    const stored = deps.expedienteRepository.get(payload.ref);
    if (!stored) return err(appError('EXPEDIENTE_UNKNOWN', { number: payload.ref }));
    return ok({ printed: await printCargo(deps, windowId, stored, label) });
  }
  let receipt;
  try {
    receipt = await deps.taxLedger.receipt(payload.ref);
  } catch (error) {
    deps.log.error({ err: error }, 'tax ledger call failed');
    return err(appError('TAX_LEDGER_UNAVAILABLE'));
  }
  if (!receipt) return err(appError('RECEIPT_NOT_FOUND', { receiptNumber: payload.ref }));
  return ok({ printed: await printReceipt(deps, windowId, receiptView(receipt), label) });
}
