import {
  COMMON_MESSAGES_EN,
  COMMON_MESSAGES_ES,
  KIOSK_MESSAGES_EN,
  KIOSK_MESSAGES_ES,
  LANGUAGES,
} from '@cac/shared/i18n';
import type { Language } from '@cac/shared/i18n';
import type { UiCatalogs } from '@cac/shared/react';

/** The kiosk's sentences: the common catalog plus its own, per language. */
export const KIOSK_CATALOGS = {
  es: { ...COMMON_MESSAGES_ES, ...KIOSK_MESSAGES_ES },
  en: { ...COMMON_MESSAGES_EN, ...KIOSK_MESSAGES_EN },
} as const satisfies UiCatalogs;

/**
 * Whether a person who reads the language checked the kiosk's catalog end to end and approved it
 * for citizens. A Record over every language, so a language added to the suite (Cajamarca
 * Quechua, once a registered translator writes it) fails to compile here until someone decides;
 * it is never offered on the strength of a machine translation or a half-filled catalog.
 */
export const KIOSK_CATALOG_APPROVED: Readonly<Record<Language, boolean>> = {
  es: true,
  en: true,
};

/**
 * The languages the kiosk offers on its switch, in the suite's order: approved, and with every
 * Spanish sentence present and non-empty (a gap would show a raw key to a citizen).
 */
export function offeredLanguages(
  catalogs: UiCatalogs,
  approved: Readonly<Record<Language, boolean>>,
): Language[] {
  const spanish: Readonly<Record<string, string | undefined>> = catalogs.es;
  return LANGUAGES.filter((language) => {
    const own: Readonly<Record<string, string | undefined>> | undefined = catalogs[language];
    return (
      approved[language] &&
      own !== undefined &&
      Object.keys(spanish).every((key) => (own[key] ?? '').trim() !== '')
    );
  });
}

/** What the language switch shows (Spanish always first). */
export const KIOSK_LANGUAGES: readonly Language[] = offeredLanguages(
  KIOSK_CATALOGS,
  KIOSK_CATALOG_APPROVED,
);
