import type { Language } from '@cac/shared/i18n';
import { useLanguage, useT } from '@cac/shared/react';
import type { ReactNode } from 'react';
import { KIOSK_CATALOGS } from './messages';
import { LanguageIcon } from './ui-icons';

/** Props of {@link LanguageSwitch}. */
export type LanguageSwitchProps = {
  /** The languages offered (see `KIOSK_LANGUAGES`); nothing is shown for fewer than two. */
  languages: readonly Language[];
  onChoose: (language: Language) => void;
};

/**
 * One button per offered language, each written in its own language ("Español", "English") so
 * that whoever needs it can read it whatever the screen shows now.
 */
export function LanguageSwitch({ languages, onChoose }: LanguageSwitchProps): ReactNode {
  const t = useT();
  const current = useLanguage();
  if (languages.length < 2) return null;
  return (
    <div className="kiosk-languages" role="group" aria-label={t('kiosk.language.label')}>
      <LanguageIcon />
      {languages.map((language) => (
        <button
          key={language}
          type="button"
          className="kiosk-languages__button"
          lang={language}
          aria-pressed={language === current}
          onClick={() => onChoose(language)}
        >
          {KIOSK_CATALOGS[language]['kiosk.language.name']}
        </button>
      ))}
    </div>
  );
}
