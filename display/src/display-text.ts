import type { Language, MessageParams } from '@cac/shared/i18n';
import { formatMessage } from '@cac/shared/i18n';
import type { UiMessageKey } from '@cac/shared/react';
import { useLanguage } from '@cac/shared/react';
import { useMemo } from 'react';
import type { ScreenMessageKey } from './display-messages.es';
import { DISPLAY_CATALOGS } from './messages';

/** Any sentence the display shows: the shared UI catalogs plus the display's own. */
export type DisplayTextKey = UiMessageKey | ScreenMessageKey;

/** Renders a display sentence in the current language. */
export type DisplayTranslate = (key: DisplayTextKey, params?: MessageParams) => string;

type Sentences = Readonly<Partial<Record<DisplayTextKey, string>>>;
const CATALOGS: Readonly<Record<Language, Sentences>> = DISPLAY_CATALOGS;

/** The translator of {@link useDisplayT} for one language (tests and non-React helpers). */
export function displayTranslator(language: Language): DisplayTranslate {
  const own = CATALOGS[language];
  // Same fallback as the shared `useT`: Spanish, then the key itself, so a gap shows on screen.
  return (key, params) => formatMessage(own[key] ?? CATALOGS.es[key] ?? key, params);
}

/**
 * `t(key, params?)` over the display's catalogs. The shared `useT` knows the shared keys only;
 * the display's own sentences need their own typed translator (as the counter's clerk screens do).
 */
export function useDisplayT(): DisplayTranslate {
  const language = useLanguage();
  return useMemo(() => displayTranslator(language), [language]);
}
