import { serviceQueueSummary } from '@cac/shared/domain';
import { useHubState, useNow, useT } from '@cac/shared/react';
import type { ReactNode } from 'react';
import { KioskHeader } from './kiosk-header';
import { ServiceButton } from './service-button';

/** Props of {@link HomeScreen}. */
export type HomeScreenProps = {
  /** The service whose ticket is being issued right now (every button waits meanwhile). */
  takingServiceId: string | null;
  onTake: (serviceId: string) => void;
};

/** One large button per active service, with how many people wait and for about how long. */
export function HomeScreen({ takingServiceId, onTake }: HomeScreenProps): ReactNode {
  const { office, state, rules, serverOffsetMs } = useHubState();
  const t = useT();
  const services = office?.services.filter((service) => service.active) ?? [];
  const now = useNow(serverOffsetMs);
  return (
    <main className="kiosk-home">
      <KioskHeader />
      <h2 className="kiosk-home__heading">{t('kiosk.home.heading')}</h2>
      {services.length === 0 ? (
        <p className="kiosk-home__empty">{t('kiosk.home.empty')}</p>
      ) : (
        <ul className="kiosk-services" aria-label={t('kiosk.home.services')}>
          {services.map((service) => {
            const summary =
              state && rules
                ? serviceQueueSummary(state, rules, service.id, now)
                : { waiting: 0, estimatedWaitMin: 0 };
            return (
              <li key={service.id}>
                <ServiceButton
                  service={service}
                  waiting={summary.waiting}
                  estimatedWaitMin={summary.estimatedWaitMin}
                  busy={takingServiceId === service.id}
                  disabled={takingServiceId !== null}
                  onTake={onTake}
                />
              </li>
            );
          })}
        </ul>
      )}
      {takingServiceId !== null && (
        <p className="kiosk-home__taking" aria-live="assertive">
          {t('kiosk.taking')}
        </p>
      )}
    </main>
  );
}
