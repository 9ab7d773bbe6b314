import type { Ticket } from '@cac/shared/domain';
import type { ServiceView } from '@cac/shared/protocol';
import type { FormEvent, ReactNode } from 'react';
import { useState } from 'react';
import { useCounterT } from '../counter-text';
import { CATEGORY_KEYS } from './category-label';
import { DialogFooter } from './dialog-footer';
import { wholeMinutes } from './elapsed';
import { Modal } from './modal';

/** Props of {@link CallTicketDialog}. */
export type CallTicketDialogProps = {
  /** The tickets this window may call, in call order. */
  tickets: readonly Ticket[];
  services: readonly ServiceView[];
  now: number;
  onSubmit: (ticketId: string, reason: string) => Promise<string | null>;
  onClose: () => void;
  disabled: boolean;
};

/** The hub's own rule for an audited reason (ReasonSchema): at least 3 characters once trimmed. */
const MIN_REASON = 3;

/**
 * "Llamar ticket específico": a waiting ticket out of the policy's order, with the reason the
 * hub records. A list box shows the callable tickets in call order (typing "R-0…" jumps to a
 * number), so the clerk sees whom they are passing over.
 */
export function CallTicketDialog({
  tickets,
  services,
  now,
  onSubmit,
  onClose,
  disabled,
}: CallTicketDialogProps): ReactNode {
  const t = useCounterT();
  const [ticketId, setTicketId] = useState(tickets[0]?.id ?? '');
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const chosen = tickets.some((ticket) => ticket.id === ticketId);

  async function submit(event: FormEvent<HTMLFormElement>): Promise<void> {
    event.preventDefault();
    if (disabled || !chosen) return;
    if (reason.trim().length < MIN_REASON) {
      setError(t('clerk.callTicket.reasonShort'));
      document.getElementById('call-reason')?.focus();
      return;
    }
    setError(await onSubmit(ticketId, reason.trim()));
  }

  return (
    <Modal title={t('clerk.callTicket.heading')} onClose={onClose}>
      <form className="modal__form" onSubmit={(event) => void submit(event)} noValidate>
        {tickets.length === 0 ? (
          <p className="modal__hint">{t('clerk.callTicket.empty')}</p>
        ) : (
          <label className="modal__field">
            <span>{t('clerk.callTicket.ticket')}</span>
            <select
              name="ticket"
              size={Math.min(7, Math.max(2, tickets.length))}
              value={ticketId}
              onChange={(event) => setTicketId(event.target.value)}
              data-autofocus
            >
              {tickets.map((ticket) => (
                <option key={ticket.id} value={ticket.id}>
                  {t('clerk.callTicket.option', {
                    number: ticket.number,
                    service:
                      services.find((service) => service.id === ticket.serviceId)?.name ??
                      ticket.serviceId,
                    category: t(CATEGORY_KEYS[ticket.category]),
                    minutes: wholeMinutes(ticket.arrivalAt, now),
                  })}
                </option>
              ))}
            </select>
          </label>
        )}
        <label className="modal__field">
          <span>{t('clerk.callTicket.reason')}</span>
          <input
            id="call-reason"
            type="text"
            name="reason"
            required
            minLength={MIN_REASON}
            maxLength={200}
            value={reason}
            onChange={(event) => setReason(event.target.value)}
            aria-invalid={error !== null && reason.trim().length < MIN_REASON ? true : undefined}
          />
        </label>
        <DialogFooter
          submitLabel={t('clerk.callTicket.submit')}
          onCancel={onClose}
          submitDisabled={disabled || !chosen}
          error={error}
        />
      </form>
    </Modal>
  );
}
