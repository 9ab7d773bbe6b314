import type { LiveState, TransferTarget, Ticket } from '@cac/shared/domain';
import type { OfficeView } from '@cac/shared/protocol';
import type { FormEvent, ReactNode } from 'react';
import { useState } from 'react';
import type { CounterTranslate } from '../counter-text';
import { useCounterT } from '../counter-text';
import { DialogFooter } from './dialog-footer';
import { digitChoice } from './digit-key';
import { Modal } from './modal';

/** Props of {@link TransferDialog}. */
export type TransferDialogProps = {
  ticket: Ticket;
  office: OfficeView;
  state: LiveState;
  /** The clerk's own window (not a destination). */
  windowId: string;
  onSubmit: (to: TransferTarget, note: string) => Promise<string | null>;
  onClose: () => void;
  disabled: boolean;
};

type Kind = 'service' | 'window';
const KINDS: readonly Kind[] = ['service', 'window'];

function windowLabel(
  window: OfficeView['windows'][number],
  office: OfficeView,
  state: LiveState,
  t: CounterTranslate,
): string {
  const live = state.windows[window.id];
  if (!live || live.status === 'closed')
    return t('clerk.transfer.windowClosed', { name: window.name });
  const clerk =
    office.staff.find((person) => person.id === live.clerkId)?.name ?? live.clerkId ?? '';
  return t(live.status === 'paused' ? 'clerk.transfer.windowPaused' : 'clerk.transfer.windowOpen', {
    name: window.name,
    clerk,
  });
}

/**
 * "Transferir": to another service's queue or to one window, with a note for whoever receives it.
 * The hub keeps the ticket's first arrival, so the citizen keeps their place; the dialog says so.
 * A closed window is offered too (the ticket waits there for whoever opens it), marked as closed.
 */
export function TransferDialog({
  ticket,
  office,
  state,
  windowId,
  onSubmit,
  onClose,
  disabled,
}: TransferDialogProps): ReactNode {
  const t = useCounterT();
  const services = office.services.filter(
    (service) => service.active && service.id !== ticket.serviceId,
  );
  const windows = office.windows.filter((window) => window.id !== windowId);
  const [kind, setKind] = useState<Kind>(services.length > 0 ? 'service' : 'window');
  const [serviceId, setServiceId] = useState(services[0]?.id ?? '');
  const [targetWindowId, setTargetWindowId] = useState(windows[0]?.id ?? '');
  const [note, setNote] = useState('');
  const [error, setError] = useState<string | null>(null);
  const target: TransferTarget | null =
    kind === 'service'
      ? serviceId
        ? { serviceId }
        : null
      : targetWindowId
        ? { windowId: targetWindowId }
        : null;

  function onKey(event: KeyboardEvent): boolean {
    const index = digitChoice(event, KINDS.length);
    const picked = index === null ? undefined : KINDS[index];
    if (!picked) return false;
    setKind(picked);
    document.getElementById(`transfer-kind-${picked}`)?.focus();
    return true;
  }

  async function submit(event: FormEvent<HTMLFormElement>): Promise<void> {
    event.preventDefault();
    if (disabled || !target) return;
    setError(await onSubmit(target, note.trim()));
  }

  return (
    <Modal
      title={t('clerk.transfer.heading', { number: ticket.number })}
      onClose={onClose}
      onKey={onKey}
    >
      <form className="modal__form" onSubmit={(event) => void submit(event)}>
        <fieldset className="modal__choices modal__choices--row">
          <legend>{t('clerk.transfer.kind')}</legend>
          {KINDS.map((option, index) => (
            <label key={option} className="modal__choice">
              <input
                id={`transfer-kind-${option}`}
                type="radio"
                name="transfer-kind"
                value={option}
                checked={kind === option}
                onChange={() => setKind(option)}
                aria-keyshortcuts={String(index + 1)}
                data-autofocus={kind === option ? true : undefined}
              />
              <kbd className="key" aria-hidden="true">
                {index + 1}
              </kbd>
              <span>
                {t(option === 'service' ? 'clerk.transfer.toService' : 'clerk.transfer.toWindow')}
              </span>
            </label>
          ))}
        </fieldset>
        {kind === 'service' ? (
          <label className="modal__field">
            <span>{t('clerk.transfer.service')}</span>
            <select
              name="service"
              value={serviceId}
              onChange={(event) => setServiceId(event.target.value)}
            >
              {services.map((service) => (
                <option key={service.id} value={service.id}>
                  {service.name}
                </option>
              ))}
            </select>
          </label>
        ) : (
          <label className="modal__field">
            <span>{t('clerk.transfer.window')}</span>
            <select
              name="window"
              value={targetWindowId}
              onChange={(event) => setTargetWindowId(event.target.value)}
            >
              {windows.map((window) => (
                <option key={window.id} value={window.id}>
                  {windowLabel(window, office, state, t)}
                </option>
              ))}
            </select>
          </label>
        )}
        <label className="modal__field">
          <span>{t('clerk.transfer.note')}</span>
          <input
            type="text"
            name="note"
            maxLength={500}
            value={note}
            onChange={(event) => setNote(event.target.value)}
          />
        </label>
        <p className="modal__hint">
          {target ? t('clerk.transfer.keepsPlace') : t('clerk.transfer.noTarget')}
        </p>
        <DialogFooter
          submitLabel={t('clerk.transfer.submit')}
          onCancel={onClose}
          submitDisabled={disabled || !target}
          error={error}
        />
      </form>
    </Modal>
  );
}
