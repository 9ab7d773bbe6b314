import { TICKET_MESSAGES_EN } from '../i18n/catalogs/ticket.en';
import type { TicketMessageKey } from '../i18n/catalogs/ticket.es';
import { TICKET_MESSAGES_ES } from '../i18n/catalogs/ticket.es';
import type { MessageParams } from '../i18n/format-message';
import { formatMessage } from '../i18n/format-message';
import type { Language } from '../i18n/languages';
import { DEFAULT_LANGUAGE, isLanguage } from '../i18n/languages';

// A Record over Language: adding a language fails to compile until its ticket catalog exists.
const CATALOGS: Readonly<Record<Language, Readonly<Record<TicketMessageKey, string>>>> = {
  es: TICKET_MESSAGES_ES,
  en: TICKET_MESSAGES_EN,
};

/**
 * A sentence of the ticket catalog in `lang` (Spanish when the language is unknown), with its
 * parameters filled by `formatMessage`.
 */
export function ticketText(
  key: TicketMessageKey,
  params: MessageParams = {},
  lang: Language = DEFAULT_LANGUAGE,
): string {
  const language = isLanguage(lang) ? lang : DEFAULT_LANGUAGE;
  return formatMessage(CATALOGS[language][key], params);
}
