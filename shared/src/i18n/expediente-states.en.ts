import type { ExpedienteStateTextKey } from './expediente-states.es';
import type { Catalog } from './languages';

/** English version of {@link EXPEDIENTE_STATE_TEXTS_ES}, for visitors: plain words over legal ones. */
export const EXPEDIENTE_STATE_TEXTS_EN: Catalog<ExpedienteStateTextKey> = {
  language: 'en',
  reviewed: false,
  messages: {
    'state.recibido': 'Received',
    'state.observado': 'Incomplete',
    'state.subsanado': 'Corrected',
    'state.no-presentado': 'Not filed',
    'state.derivado': 'Forwarded',
    'state.en-evaluacion': 'Under review',
    'state.resuelto': 'Decided',
    'state.notificado': 'Notified',
    'state.archivado': 'Archived',
    'meaning.recibido': 'Your filing was registered and will soon go to the office in charge.',
    'meaning.observado': 'Something is missing from your filing. You have until {date} to fix it.',
    'meaning.observado.noDeadline':
      'Something is missing from your filing. Bring your receipt to the filing desk to fix it.',
    'meaning.subsanado': 'You handed in what was missing. Your filing is moving on.',
    'meaning.no-presentado':
      'What was missing was not handed in on time, so the filing counts as not filed. You may file it again.',
    'meaning.derivado': 'Your filing was sent to the office that must handle it.',
    'meaning.en-evaluacion': 'The office in charge is reviewing your filing.',
    'meaning.resuelto': 'Your filing has an answer.',
    'meaning.notificado': 'You have been given the answer to your filing.',
    'meaning.archivado': 'Your filing is finished and was archived.',
    'resolution.aprobado': 'Approved',
    'resolution.denegado': 'Denied',
    'resolution.aprobado-silencio-positivo': 'Approved by administrative silence',
    'meaning.resolution.aprobado': 'Your request was approved.',
    'meaning.resolution.denegado':
      'Your request was denied. The information desk can tell you why and how to appeal.',
    'meaning.resolution.aprobado-silencio-positivo':
      'Your request counts as approved because the municipality did not answer in time.',
    dueOn: 'The municipality must answer you by {date}.',
  },
};
