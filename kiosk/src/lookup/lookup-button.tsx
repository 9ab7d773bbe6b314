import { useT } from '@cac/shared/react';
import type { ReactNode } from 'react';
import { DocumentSearchIcon } from '../ui-icons';

/** Props of {@link LookupButton}. */
export type LookupButtonProps = {
  /** A ticket is being issued: wait. */
  disabled: boolean;
  onOpen: () => void;
};

/** "Consultar mi trámite" on Home's toolbar: a document under a magnifying glass, and the words. */
export function LookupButton({ disabled, onOpen }: LookupButtonProps): ReactNode {
  const t = useT();
  return (
    <button type="button" className="kiosk-lookup-open" disabled={disabled} onClick={onOpen}>
      <DocumentSearchIcon />
      <span>{t('kiosk.lookup.open')}</span>
    </button>
  );
}
