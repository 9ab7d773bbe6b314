import type { CivilDate } from '../domain/calendar/civil-date';
import type { ExpedienteResolution, ExpedienteState } from '../domain/expediente/expediente-state';
import { EXPEDIENTE_STATE_TEXTS_EN } from './expediente-states.en';
import type { ExpedienteStateTextKey } from './expediente-states.es';
import { EXPEDIENTE_STATE_TEXTS_ES } from './expediente-states.es';
import { formatMessage } from './format-message';
import type { Catalog, Language } from './languages';

/** The expediente-state texts of each language (a Record, so a new language must add its own). */
export const EXPEDIENTE_STATE_TEXT_CATALOGS: Readonly<
  Record<Language, Catalog<ExpedienteStateTextKey>>
> = {
  es: EXPEDIENTE_STATE_TEXTS_ES,
  en: EXPEDIENTE_STATE_TEXTS_EN,
};

/** What {@link describeExpedienteState} needs of an expediente (the lookup answer has it all). */
export type ExpedienteStateFacts = {
  status: ExpedienteState;
  resolution: ExpedienteResolution | null;
  observationDeadline: CivilDate | null;
  dueOn: CivilDate | null;
};

/** An expediente's current state in words. */
export type ExpedienteStateDescription = {
  /** `Observado`: the word to show very large. */
  name: string;
  /** What it means for the citizen, with the deadline to fix an observation when there is one. */
  meaning: string;
  /** `Aprobado`, …: how it was resolved, once it was; null before. */
  resolution: string | null;
  /** The time limit to answer, while the answer is pending and the procedure has one; else null. */
  due: string | null;
};

/** States in which the citizen is waiting for the municipality's answer. */
const AWAITING_ANSWER: ReadonlySet<ExpedienteState> = new Set([
  'recibido',
  'subsanado',
  'derivado',
  'en-evaluacion',
]);

/** States that come after the resolution (its result still matters to the citizen). */
const AFTER_RESOLUTION: ReadonlySet<ExpedienteState> = new Set([
  'resuelto',
  'notificado',
  'archivado',
]);

/** The name of a state alone (`Observado`), e.g. for each line of the history. */
export function expedienteStateName(state: ExpedienteState, language: Language): string {
  return EXPEDIENTE_STATE_TEXT_CATALOGS[language].messages[`state.${state}`];
}

/**
 * The current state of an expediente in `language`: its name, one sentence of what it means for
 * the citizen, the result once resolved, and the time limit while the answer is pending. Days are
 * written by `formatDate`, because the screen shows `01/12/2026` and the voice says "1 de
 * diciembre de 2026".
 */
export function describeExpedienteState(
  expediente: ExpedienteStateFacts,
  language: Language,
  formatDate: (date: CivilDate) => string,
): ExpedienteStateDescription {
  const { messages } = EXPEDIENTE_STATE_TEXT_CATALOGS[language];
  const { status, resolution, observationDeadline, dueOn } = expediente;
  let meaning: string;
  if (status === 'observado') {
    meaning =
      observationDeadline === null
        ? messages['meaning.observado.noDeadline']
        : formatMessage(messages['meaning.observado'], { date: formatDate(observationDeadline) });
  } else if (status === 'resuelto' && resolution !== null) {
    meaning = messages[`meaning.resolution.${resolution}`];
  } else {
    meaning = messages[`meaning.${status}`];
  }
  return {
    name: messages[`state.${status}`],
    meaning,
    resolution:
      resolution !== null && AFTER_RESOLUTION.has(status)
        ? messages[`resolution.${resolution}`]
        : null,
    due:
      dueOn !== null && AWAITING_ANSWER.has(status)
        ? formatMessage(messages.dueOn, { date: formatDate(dueOn) })
        : null,
  };
}
