import { useHubState } from '@cac/shared/react';
import type { ReactNode } from 'react';
import { useState } from 'react';
import { FormDialog } from '../form-dialog';
import { ReasonField, isReason } from './reason-field';
import { useFloorCommand } from './use-floor-command';
import { useCounterT } from '../counter-text';

/** Props of {@link CancelTicketDialog}. */
export type CancelTicketDialogProps = {
  ticketId: string;
  /** The number as it was when the dialog opened (the ticket may leave the queue meanwhile). */
  number: string;
  onDone: (message: string) => void;
  onClose: () => void;
  fallbackFocus?: () => HTMLElement | null;
};

/** Withdraws a waiting ticket (the citizen left), with a reason for the audit trail. */
export function CancelTicketDialog({
  ticketId,
  number,
  onDone,
  onClose,
  fallbackFocus,
}: CancelTicketDialogProps): ReactNode {
  const t = useCounterT();
  const { state, office } = useHubState();
  const { busy, error, run } = useFloorCommand();
  const [reason, setReason] = useState('');
  const [tried, setTried] = useState(false);
  const ticket = state?.tickets[ticketId];
  const gone = !ticket || ticket.status !== 'waiting';
  const service = office?.services.find((s) => s.id === ticket?.serviceId)?.name ?? '';

  async function confirm(): Promise<void> {
    setTried(true);
    if (!isReason(reason)) return;
    const accepted = await run(async (hub) => [
      await hub.command('ticket:cancel', { ticketId, reason: reason.trim() }),
    ]);
    if (accepted) onDone(t('supervisor.cancel.done', { number }));
  }

  return (
    <FormDialog
      title={t('supervisor.cancel.title', { number })}
      confirmLabel={t('supervisor.cancel.confirm')}
      onConfirm={() => void confirm()}
      onClose={onClose}
      busy={busy}
      confirmDisabled={gone}
      error={error}
      fallbackFocus={fallbackFocus}
    >
      {gone ? (
        <p className="form-dialog__notice">{t('supervisor.gone.ticket', { number })}</p>
      ) : (
        <>
          <p>{t('supervisor.cancel.body', { number, service })}</p>
          <ReasonField
            label={t('supervisor.cancel.reason')}
            value={reason}
            onChange={setReason}
            invalid={tried && !isReason(reason)}
          />
        </>
      )}
    </FormDialog>
  );
}
