/** The outcomes a service offers at "Finalizar". */
export type ServiceOutcome = { code: string; label: string };

/**
 * What a panel's result suggests at "Finalizar": the first of `preferred` that the service offers
 * (codes are the configuration's, so the panel lists the usual ones), else null (the dialog then
 * starts on the service's first outcome, as without a panel).
 */
export function suggestOutcome(
  outcomes: readonly ServiceOutcome[],
  preferred: readonly string[],
): string | null {
  for (const code of preferred) {
    if (outcomes.some((outcome) => outcome.code === code)) return code;
  }
  return null;
}

/** The usual outcome codes for each kind of result (the demo office's, and the generic ones). */
export const OUTCOME_PREFERENCES = {
  done: ['atendido', 'orientado'],
  expediente: ['expediente-registrado', 'expediente-recibido', 'atendido'],
  observed: ['observado'],
  paid: ['pagado', 'atendido'],
  notFound: ['observado', 'atendido'],
} as const satisfies Record<string, readonly string[]>;
