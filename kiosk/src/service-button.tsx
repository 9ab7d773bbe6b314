import type { ServiceView } from '@cac/shared/protocol';
import { ServiceIcon, useT } from '@cac/shared/react';
import type { ReactNode } from 'react';

/** Props of {@link ServiceButton}. */
export type ServiceButtonProps = {
  service: ServiceView;
  waiting: number;
  estimatedWaitMin: number;
  /** This service's ticket is being issued. */
  busy: boolean;
  disabled: boolean;
  onChoose: (service: ServiceView) => void;
};

/** A service as a big touch target: pictogram, name, people waiting, estimated wait. */
export function ServiceButton({
  service,
  waiting,
  estimatedWaitMin,
  busy,
  disabled,
  onChoose,
}: ServiceButtonProps): ReactNode {
  const t = useT();
  // The service colour marks the edge and the pictogram tile; text stays dark on white for contrast.
  return (
    <button
      type="button"
      className="service-button"
      style={{ borderColor: service.colour }}
      disabled={disabled}
      aria-busy={busy}
      onClick={() => onChoose(service)}
    >
      <span className="service-button__icon" style={{ backgroundColor: service.colour }}>
        <ServiceIcon icon={service.icon} />
      </span>
      <span className="service-button__text">
        <span className="service-button__name">{service.name}</span>{' '}
        <span className="service-button__queue">
          {waiting === 0
            ? t('kiosk.service.nobodyWaiting')
            : t('kiosk.service.waiting', { count: waiting })}
          {' · '}
          {estimatedWaitMin === 0
            ? t('kiosk.service.noWait')
            : t('kiosk.service.estimate', { minutes: estimatedWaitMin })}
        </span>
      </span>
    </button>
  );
}
