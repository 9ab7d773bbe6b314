import type { Ticket } from '@cac/shared/domain';
import type { ServiceView } from '@cac/shared/protocol';
import type { FormEvent, ReactNode } from 'react';
import { useState } from 'react';
import { useCounterT } from '../counter-text';
import { DialogFooter } from './dialog-footer';
import { digitChoice } from './digit-key';
import { Modal } from './modal';
import type { FinishRequest } from './procedure-slot';

/** Props of {@link FinishDialog}. */
export type FinishDialogProps = {
  ticket: Ticket;
  service: ServiceView | undefined;
  /** Resolves with the sentence to show when the hub refuses, or null when done. */
  onSubmit: (outcome: string, note: string) => Promise<string | null>;
  onClose: () => void;
  disabled: boolean;
  /** A procedure panel's suggested outcome and link to what it produced, or null. */
  request?: FinishRequest | null;
};

/** "Finalizar": one of the service's configured outcomes (digits pick them) and an optional note. */
export function FinishDialog({
  ticket,
  service,
  onSubmit,
  onClose,
  disabled,
  request = null,
}: FinishDialogProps): ReactNode {
  const t = useCounterT();
  const outcomes = service?.outcomes ?? [];
  const suggested = outcomes.find((option) => option.code === request?.outcome);
  const [outcome, setOutcome] = useState((suggested ?? outcomes[0])?.code ?? '');
  const link = request?.result ?? null;
  const [note, setNote] = useState('');
  const [error, setError] = useState<string | null>(null);

  function onKey(event: KeyboardEvent): boolean {
    const index = digitChoice(event, outcomes.length);
    const picked = index === null ? undefined : outcomes[index];
    if (!picked) return false;
    setOutcome(picked.code);
    document.getElementById(`outcome-${picked.code}`)?.focus();
    return true;
  }

  async function submit(event: FormEvent<HTMLFormElement>): Promise<void> {
    event.preventDefault();
    if (disabled || !outcome) return;
    setError(await onSubmit(outcome, note.trim()));
  }

  return (
    <Modal
      title={t('clerk.finish.heading', { number: ticket.number })}
      onClose={onClose}
      onKey={onKey}
    >
      <form className="modal__form" onSubmit={(event) => void submit(event)}>
        <fieldset className="modal__choices">
          <legend>{t('clerk.finish.outcome')}</legend>
          {outcomes.map((option, index) => (
            <label key={option.code} className="modal__choice">
              <input
                id={`outcome-${option.code}`}
                type="radio"
                name="outcome"
                value={option.code}
                checked={outcome === option.code}
                onChange={() => setOutcome(option.code)}
                aria-keyshortcuts={String(index + 1)}
                data-autofocus={outcome === option.code ? true : undefined}
              />
              <kbd className="key" aria-hidden="true">
                {index + 1}
              </kbd>
              <span>{option.label}</span>
            </label>
          ))}
        </fieldset>
        {link ? (
          <p className="modal__link">
            {t('clerk.finish.link', { link: t(`proc.link.${link.kind}`, { ref: link.ref }) })}
          </p>
        ) : null}
        <label className="modal__field">
          <span>{t('clerk.finish.note')}</span>
          <input
            type="text"
            name="note"
            maxLength={500}
            value={note}
            onChange={(event) => setNote(event.target.value)}
          />
        </label>
        <DialogFooter
          submitLabel={t('clerk.finish.submit')}
          onCancel={onClose}
          submitDisabled={disabled || !outcome}
          error={error}
        />
      </form>
    </Modal>
  );
}
