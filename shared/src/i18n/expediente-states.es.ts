import type { ExpedienteResolution, ExpedienteState } from '../domain/expediente/expediente-state';
import type { Catalog } from './languages';

/** A key of the expediente-state catalogs (names, meanings for citizens, results, the time limit). */
export type ExpedienteStateTextKey =
  | `state.${ExpedienteState}`
  | `meaning.${ExpedienteState}`
  | 'meaning.observado.noDeadline'
  | `resolution.${ExpedienteResolution}`
  | `meaning.resolution.${ExpedienteResolution}`
  | 'dueOn';

/**
 * The states of an expediente as a citizen reads them on the kiosk, the public lookup page and the
 * counter: a name (shown very large) and one plain sentence of what it means for them, without
 * legal terms they would have to ask about. `{date}` is a day already written for the reader
 * (`01/12/2026` on screen, "1 de diciembre de 2026" for the voice).
 */
export const EXPEDIENTE_STATE_TEXTS_ES: Catalog<ExpedienteStateTextKey> = {
  language: 'es',
  reviewed: false,
  messages: {
    'state.recibido': 'Recibido',
    'state.observado': 'Observado',
    'state.subsanado': 'Subsanado',
    'state.no-presentado': 'No presentado',
    'state.derivado': 'Derivado',
    'state.en-evaluacion': 'En evaluación',
    'state.resuelto': 'Resuelto',
    'state.notificado': 'Notificado',
    'state.archivado': 'Archivado',
    'meaning.recibido': 'Su trámite fue registrado y pronto pasará a la oficina que lo atenderá.',
    'meaning.observado': 'Falta algo en su trámite. Tiene hasta el {date} para subsanarlo.',
    'meaning.observado.noDeadline':
      'Falta algo en su trámite. Acérquese a mesa de partes con su cargo para subsanarlo.',
    'meaning.subsanado': 'Usted entregó lo que faltaba. Su trámite sigue su curso.',
    'meaning.no-presentado':
      'Lo que faltaba no se entregó a tiempo y el trámite se dio por no presentado. Puede presentarlo de nuevo.',
    'meaning.derivado': 'Su trámite fue enviado a la oficina que debe atenderlo.',
    'meaning.en-evaluacion': 'La oficina encargada está revisando su trámite.',
    'meaning.resuelto': 'Su trámite ya tiene una respuesta.',
    'meaning.notificado': 'Ya se le comunicó la respuesta de su trámite.',
    'meaning.archivado': 'Su trámite terminó y fue archivado.',
    'resolution.aprobado': 'Aprobado',
    'resolution.denegado': 'Denegado',
    'resolution.aprobado-silencio-positivo': 'Aprobado por silencio positivo',
    'meaning.resolution.aprobado': 'Su solicitud fue aprobada.',
    'meaning.resolution.denegado':
      'Su solicitud fue denegada. En orientación le explican por qué y cómo reclamar.',
    'meaning.resolution.aprobado-silencio-positivo':
      'Su solicitud se considera aprobada porque la municipalidad no respondió dentro del plazo.',
    dueOn: 'La municipalidad debe responderle hasta el {date}.',
  },
};
