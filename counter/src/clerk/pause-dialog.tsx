import type { PauseReason } from '@cac/shared/domain';
import { PAUSE_REASONS } from '@cac/shared/domain';
import type { FormEvent, ReactNode } from 'react';
import { useState } from 'react';
import { useCounterT } from '../counter-text';
import { DialogFooter } from './dialog-footer';
import { digitChoice } from './digit-key';
import { Modal } from './modal';
import { PAUSE_REASON_KEYS } from './pause-reasons';

/** Props of {@link PauseDialog}. */
export type PauseDialogProps = {
  onSubmit: (reason: PauseReason) => Promise<string | null>;
  onClose: () => void;
  disabled: boolean;
};

/** "Pausa": why (refrigerio, capacitación, soporte, otro; digits 1–4 pick one). */
export function PauseDialog({ onSubmit, onClose, disabled }: PauseDialogProps): ReactNode {
  const t = useCounterT();
  const [reason, setReason] = useState<PauseReason>(PAUSE_REASONS[0]);
  const [error, setError] = useState<string | null>(null);

  function onKey(event: KeyboardEvent): boolean {
    const index = digitChoice(event, PAUSE_REASONS.length);
    const picked = index === null ? undefined : PAUSE_REASONS[index];
    if (!picked) return false;
    setReason(picked);
    document.getElementById(`pause-${picked}`)?.focus();
    return true;
  }

  async function submit(event: FormEvent<HTMLFormElement>): Promise<void> {
    event.preventDefault();
    if (disabled) return;
    setError(await onSubmit(reason));
  }

  return (
    <Modal title={t('clerk.pause.heading')} onClose={onClose} onKey={onKey}>
      <form className="modal__form" onSubmit={(event) => void submit(event)}>
        <fieldset className="modal__choices">
          <legend>{t('clerk.pause.reason')}</legend>
          {PAUSE_REASONS.map((option, index) => (
            <label key={option} className="modal__choice">
              <input
                id={`pause-${option}`}
                type="radio"
                name="pause-reason"
                value={option}
                checked={reason === option}
                onChange={() => setReason(option)}
                aria-keyshortcuts={String(index + 1)}
                data-autofocus={reason === option ? true : undefined}
              />
              <kbd className="key" aria-hidden="true">
                {index + 1}
              </kbd>
              <span>{t(PAUSE_REASON_KEYS[option])}</span>
            </label>
          ))}
        </fieldset>
        <DialogFooter
          submitLabel={t('clerk.pause.submit')}
          onCancel={onClose}
          submitDisabled={disabled}
          error={error}
        />
      </form>
    </Modal>
  );
}
