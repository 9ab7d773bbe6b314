import { PREFERENTIAL_CATEGORIES } from '@cac/shared/domain';
import type { Category } from '@cac/shared/domain';
import type { ServiceView } from '@cac/shared/protocol';
import { ServiceIcon, useT } from '@cac/shared/react';
import type { ReactNode } from 'react';
import { CategoryButton } from './category-button';
import { ListenButton } from './listen-button';
import { preferentialSpeech } from './speech/spoken-text';
import { useSpeakOnShow, useVoice } from './speech/voice';
import { BackIcon } from './ui-icons';
import './preferential.css';

/** Props of {@link PreferentialScreen}. */
export type PreferentialScreenProps = {
  /** The service the citizen chose, shown at the top so they know where they are. */
  service: ServiceView;
  /** The category whose ticket is being issued (every button waits meanwhile), or null. */
  taking: Category | null;
  onChoose: (category: Category) => void;
  onBack: () => void;
};

/**
 * "¿Es usted…?": one large pictogram per preferential category, then "Ninguna de las
 * anteriores". Whatever is touched takes the ticket at once: two touches from Home in all.
 */
export function PreferentialScreen({
  service,
  taking,
  onChoose,
  onBack,
}: PreferentialScreenProps): ReactNode {
  const t = useT();
  const { askedForVoice } = useVoice();
  const speech = preferentialSpeech(t);
  // Read aloud on arrival only for a citizen who already asked to listen on Home.
  useSpeakOnShow(speech, askedForVoice);
  const busy = taking !== null;
  return (
    <main className="kiosk-preferential">
      <div className="kiosk-topbar">
        <button type="button" className="kiosk-back" onClick={onBack} disabled={busy}>
          <BackIcon />
          <span>{t('kiosk.preferential.back')}</span>
        </button>
        <p className="kiosk-topbar__service">
          <span className="kiosk-topbar__icon" style={{ backgroundColor: service.colour }}>
            <ServiceIcon icon={service.icon} />
          </span>
          <span>{service.name}</span>
        </p>
        <ListenButton text={speech} />
      </div>
      <h1 className="kiosk-preferential__heading">{t('kiosk.preferential.heading')}</h1>
      <p className="kiosk-preferential__hint">{t('kiosk.preferential.hint')}</p>
      <ul className="kiosk-categories" aria-label={t('kiosk.preferential.categories')}>
        {PREFERENTIAL_CATEGORIES.map((category) => (
          <li key={category}>
            <CategoryButton
              category={category}
              busy={taking === category}
              disabled={busy}
              onChoose={onChoose}
            />
          </li>
        ))}
      </ul>
      <CategoryButton
        category="none"
        busy={taking === 'none'}
        disabled={busy}
        onChoose={onChoose}
      />
      {busy && (
        <p className="kiosk-preferential__taking" aria-live="assertive">
          {t('kiosk.taking')}
        </p>
      )}
    </main>
  );
}
