import { useT } from '@cac/shared/react';
import type { ReactNode } from 'react';
import { ListenButton } from '../listen-button';
import { BackIcon } from '../ui-icons';

/** Props of {@link LookupTopbar}. */
export type LookupTopbarProps = {
  onBack: () => void;
  /** What "Escuchar" reads. */
  speech: string;
};

/** "Volver" and "Escuchar" at the top corners, where they are on the "¿Es usted…?" step. */
export function LookupTopbar({ onBack, speech }: LookupTopbarProps): ReactNode {
  const t = useT();
  return (
    <div className="kiosk-lookup__topbar">
      <button type="button" className="kiosk-back" onClick={onBack}>
        <BackIcon />
        <span>{t('kiosk.lookup.back')}</span>
      </button>
      <ListenButton text={speech} />
    </div>
  );
}
