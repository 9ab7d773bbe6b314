import { createContext, useContext, useMemo } from 'react';
import type { ReactNode } from 'react';
import type { Language } from '../i18n';
import { COMMON_MESSAGES_EN, COMMON_MESSAGES_ES, DEFAULT_LANGUAGE, formatMessage } from '../i18n';
import type { Translate, UiCatalogs } from './ui-messages';

type I18nValue = { language: Language; t: Translate };

function translator(language: Language, catalogs: UiCatalogs): Translate {
  const own = catalogs[language] ?? catalogs.es;
  return (key, params) => {
    // A key missing in a secondary language falls back to Spanish, then shows itself, so a gap is
    // visible in screenshots instead of leaving an empty button.
    const template = own[key] ?? catalogs.es[key] ?? key;
    return formatMessage(template, params);
  };
}

/** Without a provider (e.g. a stray test) components still speak Spanish. */
const I18nContext = createContext<I18nValue>({
  language: DEFAULT_LANGUAGE,
  t: translator(DEFAULT_LANGUAGE, { es: COMMON_MESSAGES_ES, en: COMMON_MESSAGES_EN }),
});

/** Props of {@link I18nProvider}. */
export type I18nProviderProps = {
  language: Language;
  catalogs: UiCatalogs;
  children: ReactNode;
};

/** Chooses the language and the catalogs of every component below it. */
export function I18nProvider({ language, catalogs, children }: I18nProviderProps): ReactNode {
  const value = useMemo(
    () => ({ language, t: translator(language, catalogs) }),
    [language, catalogs],
  );
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

/** The `t(key, params?)` function of the current language. */
export function useT(): Translate {
  return useContext(I18nContext).t;
}

/** The current language (for `lang` attributes and date formats). */
export function useLanguage(): Language {
  return useContext(I18nContext).language;
}
