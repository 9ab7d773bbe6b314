import type { ErrorCode } from '../protocol/error-codes';
import {
  COMMAND_PHRASE_CATALOGS,
  ERROR_CATALOGS,
  TICKET_STATUS_PHRASE_CATALOGS,
} from './message-catalogs';
import type { Catalog, Language } from './languages';
import { DEFAULT_LANGUAGE, isLanguage } from './languages';

/** Values for the placeholders of a message; `undefined` counts as missing. */
export type MessageParams = Readonly<Record<string, string | number | undefined>>;

const OPTIONAL_SECTION = /\[\[(.*?)\]\]/gs;
const PLACEHOLDER = /\{(\w+)(?:\|([^{}|]*)\|([^{}|]*))?\}/g;

function valueOf(params: MessageParams, name: string): string | number | undefined {
  // Own properties only: a placeholder named {constructor} must not print a function.
  return Object.hasOwn(params, name) ? params[name] : undefined;
}

/**
 * Fills a catalog sentence. The syntax is deliberately tiny:
 * - `{name}` is replaced by the value of `name`; a placeholder without a value stays visible, so a
 *   missing parameter shows up in tests and screenshots instead of vanishing;
 * - `{name|singular|plural}` writes the number and the word that agrees with it
 *   (`{seconds|segundo|segundos}` → `1 segundo`, `30 segundos`); 1 is the only singular, which is
 *   the rule of both Spanish and English;
 * - `[[ … ]]` is an optional section, kept only when every placeholder inside it has a non-empty
 *   value (for parameters such as the `field` of INVALID_PAYLOAD that are sometimes absent).
 */
export function formatMessage(template: string, params: MessageParams = {}): string {
  const sectioned = template.replace(OPTIONAL_SECTION, (_whole, section: string) => {
    const names = [...section.matchAll(PLACEHOLDER)].map((match) => match[1] ?? '');
    const complete = names.every((name) => {
      const value = valueOf(params, name);
      return value !== undefined && value !== '';
    });
    return complete ? section : '';
  });
  return sectioned.replace(
    PLACEHOLDER,
    (whole, name: string, singular: string | undefined, plural: string | undefined) => {
      const value = valueOf(params, name);
      if (value === undefined) return whole;
      if (singular === undefined || plural === undefined) return String(value);
      return `${value} ${Number(value) === 1 ? singular : plural}`;
    },
  );
}

function phrase<K extends string>(catalog: Catalog<K>, key: string | number | undefined) {
  const messages: Readonly<Record<string, string>> = catalog.messages;
  return typeof key === 'string' && Object.hasOwn(messages, key) ? messages[key] : undefined;
}

/**
 * The sentence for an error code in a language, with its parameters filled. Parameters named
 * `status` (a ticket status) and `command` (a command type) arrive as stable codes and are written
 * in words, so ILLEGAL_TRANSITION reads "El ticket R-001 ya fue atendido: no se puede volver a
 * llamar." An unknown language falls back to Spanish; a code the catalog does not know (e.g. sent
 * by a newer hub) gets the generic INTERNAL sentence rather than nothing.
 */
export function errorMessage(
  code: ErrorCode,
  params?: MessageParams,
  lang: Language = DEFAULT_LANGUAGE,
): string {
  const language = isLanguage(lang) ? lang : DEFAULT_LANGUAGE;
  const messages: Readonly<Record<string, string>> = ERROR_CATALOGS[language].messages;
  const template = messages[code] ?? ERROR_CATALOGS[language].messages.INTERNAL;
  if (params === undefined) return formatMessage(template);
  return formatMessage(template, {
    ...params,
    status: phrase(TICKET_STATUS_PHRASE_CATALOGS[language], params.status) ?? params.status,
    command: phrase(COMMAND_PHRASE_CATALOGS[language], params.command) ?? params.command,
  });
}
