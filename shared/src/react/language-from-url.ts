import type { Language } from '../i18n';
import { DEFAULT_LANGUAGE, isLanguage } from '../i18n';

/** The language asked for with `?lang=` (e.g. `?lang=en`), Spanish otherwise. */
export function languageFromSearch(search: string): Language {
  const asked = new URLSearchParams(search).get('lang');
  return isLanguage(asked) ? asked : DEFAULT_LANGUAGE;
}
