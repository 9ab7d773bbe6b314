import { serviceQueueSummary } from '@cac/shared/domain';
import type { Language } from '@cac/shared/i18n';
import type { ServiceView } from '@cac/shared/protocol';
import { useHubState, useLanguage, useNow, useT } from '@cac/shared/react';
import type { ReactNode } from 'react';
import { KioskHeader } from './kiosk-header';
import { LanguageSwitch } from './language-switch';
import { ListenButton } from './listen-button';
import { LookupButton } from './lookup/lookup-button';
import { ServiceButton } from './service-button';
import { homeSpeech } from './speech/spoken-text';
import './home.css';

/** Props of {@link HomeScreen}. */
export type HomeScreenProps = {
  /** The service whose ticket is being issued right now (every button waits meanwhile). */
  takingServiceId: string | null;
  onChoose: (service: ServiceView) => void;
  /** Languages offered on the switch. */
  languages: readonly Language[];
  onLanguage: (language: Language) => void;
  /** "Consultar mi trámite"; without it the button is not shown. */
  onLookup?: (() => void) | undefined;
};

/**
 * One large button per active service, with how many people wait and for about how long; at the
 * bottom, within reach of a wheelchair user, the language switch, "Consultar mi trámite" (a
 * secondary path, drawn like the toolbar's controls so it does not compete with the services)
 * and "Escuchar".
 */
export function HomeScreen({
  takingServiceId,
  onChoose,
  languages,
  onLanguage,
  onLookup,
}: HomeScreenProps): ReactNode {
  const { office, state, rules, serverOffsetMs } = useHubState();
  const t = useT();
  const language = useLanguage();
  const now = useNow(serverOffsetMs);
  const services = (office?.services.filter((service) => service.active) ?? []).map((service) => ({
    service,
    ...(state && rules
      ? serviceQueueSummary(state, rules, service.id, now)
      : { waiting: 0, estimatedWaitMin: 0 }),
  }));
  const speech =
    services.length === 0
      ? t('kiosk.home.empty')
      : homeSpeech(
          t,
          language,
          services.map(({ service, waiting, estimatedWaitMin }) => ({
            name: service.name,
            waiting,
            estimatedWaitMin,
          })),
        );
  return (
    <main className="kiosk-home">
      <KioskHeader />
      <h2 className="kiosk-home__heading">{t('kiosk.home.heading')}</h2>
      {services.length === 0 ? (
        <p className="kiosk-home__empty">{t('kiosk.home.empty')}</p>
      ) : (
        <ul className="kiosk-services" aria-label={t('kiosk.home.services')}>
          {services.map(({ service, waiting, estimatedWaitMin }) => (
            <li key={service.id}>
              <ServiceButton
                service={service}
                waiting={waiting}
                estimatedWaitMin={estimatedWaitMin}
                busy={takingServiceId === service.id}
                disabled={takingServiceId !== null}
                onChoose={onChoose}
              />
            </li>
          ))}
        </ul>
      )}
      {takingServiceId !== null && (
        <p className="kiosk-home__taking" aria-live="assertive">
          {t('kiosk.taking')}
        </p>
      )}
      <div className="kiosk-toolbar">
        <LanguageSwitch languages={languages} onChoose={onLanguage} />
        {onLookup && <LookupButton disabled={takingServiceId !== null} onOpen={onLookup} />}
        <ListenButton text={speech} />
      </div>
    </main>
  );
}
