import type { ExpedienteState } from '@cac/shared/domain';
import { EXPEDIENTE_TRANSITIONS } from '@cac/shared/domain';

/** A state an expediente can be moved to (it is only ever received once, at filing). */
export type MoveTarget = Exclude<ExpedienteState, 'recibido'>;

function isMoveTarget(state: ExpedienteState): state is MoveTarget {
  return state !== 'recibido';
}

/** The moves the domain allows from `state`, in the order of its transition table. */
export function moveTargets(state: ExpedienteState): MoveTarget[] {
  return EXPEDIENTE_TRANSITIONS[state].filter(isMoveTarget);
}
