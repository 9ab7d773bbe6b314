import type { CommandType } from '../domain/commands';
import type { IdentityProblem } from '../domain/identity/identity-check';
import type { MoneyProblem } from '../domain/money/money-problem';
import type { TicketStatus } from '../domain/ticket';
import type { ErrorCode } from '../protocol/error-codes';
import { COMMAND_PHRASES_EN } from './command-names.en';
import { COMMAND_PHRASES_ES } from './command-names.es';
import { ERROR_MESSAGES_EN } from './error-messages.en';
import { ERROR_MESSAGES_ES } from './error-messages.es';
import { IDENTITY_MESSAGES_EN } from './identity-messages.en';
import { IDENTITY_MESSAGES_ES } from './identity-messages.es';
import type { Catalog, Language } from './languages';
import { MONEY_MESSAGES_EN } from './money-messages.en';
import { MONEY_MESSAGES_ES } from './money-messages.es';
import { TICKET_STATUS_NAMES_EN, TICKET_STATUS_PHRASES_EN } from './ticket-status-names.en';
import { TICKET_STATUS_NAMES_ES, TICKET_STATUS_PHRASES_ES } from './ticket-status-names.es';

// Each registry is a Record over Language, so adding a language to LANGUAGES fails to compile
// until every catalog exists in it.

/** The error-code catalog of each language. */
export const ERROR_CATALOGS: Readonly<Record<Language, Catalog<ErrorCode>>> = {
  es: ERROR_MESSAGES_ES,
  en: ERROR_MESSAGES_EN,
};

/** The identity-problem catalog of each language. */
export const IDENTITY_CATALOGS: Readonly<Record<Language, Catalog<IdentityProblem>>> = {
  es: IDENTITY_MESSAGES_ES,
  en: IDENTITY_MESSAGES_EN,
};

/** The money-problem catalog of each language. */
export const MONEY_CATALOGS: Readonly<Record<Language, Catalog<MoneyProblem>>> = {
  es: MONEY_MESSAGES_ES,
  en: MONEY_MESSAGES_EN,
};

/** The ticket-status names (labels) of each language. */
export const TICKET_STATUS_NAME_CATALOGS: Readonly<Record<Language, Catalog<TicketStatus>>> = {
  es: TICKET_STATUS_NAMES_ES,
  en: TICKET_STATUS_NAMES_EN,
};

/** The ticket-status predicates (for sentences) of each language. */
export const TICKET_STATUS_PHRASE_CATALOGS: Readonly<Record<Language, Catalog<TicketStatus>>> = {
  es: TICKET_STATUS_PHRASES_ES,
  en: TICKET_STATUS_PHRASES_EN,
};

/** The command phrases (for sentences) of each language. */
export const COMMAND_PHRASE_CATALOGS: Readonly<Record<Language, Catalog<CommandType>>> = {
  es: COMMAND_PHRASES_ES,
  en: COMMAND_PHRASES_EN,
};
