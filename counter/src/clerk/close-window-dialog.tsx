import type { FormEvent, ReactNode } from 'react';
import { useState } from 'react';
import { useCounterT } from '../counter-text';
import { DialogFooter } from './dialog-footer';
import { Modal } from './modal';

/** Props of {@link CloseWindowDialog}. */
export type CloseWindowDialogProps = {
  onSubmit: () => Promise<string | null>;
  onClose: () => void;
  disabled: boolean;
};

/** "Cerrar ventanilla", confirmed: a stray C must not take a window out of service. */
export function CloseWindowDialog({
  onSubmit,
  onClose,
  disabled,
}: CloseWindowDialogProps): ReactNode {
  const t = useCounterT();
  const [error, setError] = useState<string | null>(null);

  async function submit(event: FormEvent<HTMLFormElement>): Promise<void> {
    event.preventDefault();
    if (disabled) return;
    setError(await onSubmit());
  }

  return (
    <Modal title={t('clerk.close.heading')} onClose={onClose}>
      <form className="modal__form" onSubmit={(event) => void submit(event)}>
        <p>{t('clerk.close.body')}</p>
        <DialogFooter
          submitLabel={t('clerk.close.submit')}
          onCancel={onClose}
          submitDisabled={disabled}
          error={error}
          variant="danger"
          focusSubmit
        />
      </form>
    </Modal>
  );
}
