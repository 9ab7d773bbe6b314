// Public surface of the i18n catalogs. Explicit export lists only.

// -- languages
export type { Catalog, Language } from './languages';
export { DEFAULT_LANGUAGE, LANGUAGES, isLanguage } from './languages';

// -- catalogs
export { ERROR_MESSAGES_ES } from './error-messages.es';
export { ERROR_MESSAGES_EN } from './error-messages.en';
export { IDENTITY_MESSAGES_ES } from './identity-messages.es';
export { IDENTITY_MESSAGES_EN } from './identity-messages.en';
export { MONEY_MESSAGES_ES } from './money-messages.es';
export { MONEY_MESSAGES_EN } from './money-messages.en';
export { TICKET_STATUS_NAMES_ES, TICKET_STATUS_PHRASES_ES } from './ticket-status-names.es';
export { TICKET_STATUS_NAMES_EN, TICKET_STATUS_PHRASES_EN } from './ticket-status-names.en';
export { COMMAND_PHRASES_ES } from './command-names.es';
export { COMMAND_PHRASES_EN } from './command-names.en';
export {
  COMMAND_PHRASE_CATALOGS,
  ERROR_CATALOGS,
  IDENTITY_CATALOGS,
  MONEY_CATALOGS,
  TICKET_STATUS_NAME_CATALOGS,
  TICKET_STATUS_PHRASE_CATALOGS,
} from './message-catalogs';

// -- rendering
export type { MessageParams } from './format-message';
export { errorMessage, formatMessage } from './format-message';
export { identityProblemMessage, moneyProblemMessage } from './problem-messages';
export { describeCallPolicy } from './call-policy-sentence';

// -- UI catalogs of the faces (common, kiosk, display, counter)
export type { CommonMessageKey } from './catalogs/common.es';
export type { CounterMessageKey } from './catalogs/counter.es';
export type { DisplayMessageKey } from './catalogs/display.es';
export type { KioskMessageKey } from './catalogs/kiosk.es';
export { COMMON_MESSAGES_ES } from './catalogs/common.es';
export { COMMON_MESSAGES_EN } from './catalogs/common.en';
export { KIOSK_MESSAGES_ES } from './catalogs/kiosk.es';
export { KIOSK_MESSAGES_EN } from './catalogs/kiosk.en';
export { DISPLAY_MESSAGES_ES } from './catalogs/display.es';
export { DISPLAY_MESSAGES_EN } from './catalogs/display.en';
export { COUNTER_MESSAGES_ES } from './catalogs/counter.es';
export { COUNTER_MESSAGES_EN } from './catalogs/counter.en';

// -- printed ticket and printer problems (used by @cac/shared/ticket and @cac/shared/printing)
export type { TicketMessageKey } from './catalogs/ticket.es';
export { TICKET_MESSAGES_ES } from './catalogs/ticket.es';
export { TICKET_MESSAGES_EN } from './catalogs/ticket.en';

// -- expediente states in words (kiosk lookup, counter, the hub's /consulta page)
export type { ExpedienteStateTextKey } from './expediente-states.es';
export type {
  ExpedienteStateDescription,
  ExpedienteStateFacts,
} from './expediente-states.describe';
export { EXPEDIENTE_STATE_TEXTS_ES } from './expediente-states.es';
export { EXPEDIENTE_STATE_TEXTS_EN } from './expediente-states.en';
export {
  EXPEDIENTE_STATE_TEXT_CATALOGS,
  describeExpedienteState,
  expedienteStateName,
} from './expediente-states.describe';
