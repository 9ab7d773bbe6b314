// Public surface of the back office (expedientes). Explicit export lists only.
export { BackofficeView, destinationOffices } from './backoffice-view';
export type {
  Applicant,
  DocumentPrintOutcome,
  DocumentReprintPayload,
  DocumentReprintValue,
  ExpedienteDetail,
  ExpedienteDetailValue,
  ExpedienteDetails,
  ExpedienteFindPayload,
  ExpedienteFindValue,
  ExpedienteGetPayload,
  ExpedienteHistoryStep,
  ExpedienteMovePayload,
  ExpedientePort,
  ExpedienteSummary,
  PortError,
  PortResult,
} from './expediente-port';
export {
  EXPEDIENTE_FIND_LIMIT,
  ExpedientePortProvider,
  useExpedientePort,
} from './expediente-port';
export { hubExpedientePort, useHubExpedientePort } from './hub-expediente-port';
export type { BackofficeMessageKey } from './backoffice-messages.es';
export { BACKOFFICE_MESSAGES_ES } from './backoffice-messages.es';
export { BACKOFFICE_MESSAGES_EN } from './backoffice-messages.en';
