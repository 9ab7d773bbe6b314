/**
 * The life of an expediente, after TUO Ley 27444: received; observed at filing, then fixed
 * (subsanado) within 2 working days or counted as not presented; sent to an office (derivado);
 * under evaluation; resolved; notified; archived.
 */
export const EXPEDIENTE_STATES = [
  'recibido',
  'observado',
  'subsanado',
  'no-presentado',
  'derivado',
  'en-evaluacion',
  'resuelto',
  'notificado',
  'archivado',
] as const;

/** One of {@link EXPEDIENTE_STATES}. */
export type ExpedienteState = (typeof EXPEDIENTE_STATES)[number];

/** How a resolved expediente ended. */
export const EXPEDIENTE_RESOLUTIONS = [
  'aprobado',
  'denegado',
  'aprobado-silencio-positivo',
] as const;

/** One of {@link EXPEDIENTE_RESOLUTIONS}. */
export type ExpedienteResolution = (typeof EXPEDIENTE_RESOLUTIONS)[number];

/**
 * Which states may follow each state. `derivado → derivado` sends it on to another office;
 * observation is only possible straight after reception (observations are made once, at filing).
 */
export const EXPEDIENTE_TRANSITIONS: Readonly<Record<ExpedienteState, readonly ExpedienteState[]>> =
  {
    recibido: ['observado', 'derivado', 'en-evaluacion', 'resuelto', 'archivado'],
    observado: ['subsanado', 'no-presentado'],
    subsanado: ['derivado', 'en-evaluacion', 'resuelto'],
    'no-presentado': ['archivado'],
    derivado: ['derivado', 'en-evaluacion', 'resuelto'],
    'en-evaluacion': ['derivado', 'resuelto'],
    resuelto: ['notificado'],
    notificado: ['archivado'],
    archivado: [],
  };

/** True when `to` may follow `from`. */
export function canMoveExpediente(from: ExpedienteState, to: ExpedienteState): boolean {
  return EXPEDIENTE_TRANSITIONS[from].includes(to);
}
