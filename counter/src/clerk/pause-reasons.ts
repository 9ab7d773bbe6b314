import type { PauseReason } from '@cac/shared/domain';
import type { ClerkMessageKey } from '../clerk-messages.es';

/** The catalog key that names each pause reason. */
export const PAUSE_REASON_KEYS = {
  refrigerio: 'clerk.pauseReason.refrigerio',
  capacitacion: 'clerk.pauseReason.capacitacion',
  soporte: 'clerk.pauseReason.soporte',
  otro: 'clerk.pauseReason.otro',
} as const satisfies Record<PauseReason, ClerkMessageKey>;
