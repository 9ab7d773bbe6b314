import type { CommandAck, Result } from '@cac/shared/protocol';
import { useHubState } from '@cac/shared/react';
import type { ReactNode } from 'react';
import { useId, useState } from 'react';
import { FormDialog } from '../form-dialog';
import { ReasonField, isReason } from './reason-field';
import { useFloorCommand } from './use-floor-command';
import { useCounterT } from '../counter-text';

/** Props of {@link CloseWindowDialog}. */
export type CloseWindowDialogProps = {
  windowId: string;
  windowName: string;
  onDone: (message: string) => void;
  onClose: () => void;
  fallbackFocus?: () => HTMLElement | null;
};

/**
 * Closes a window whose clerk left, with a reason for the audit trail. A window never closes with
 * a citizen's ticket inside (the hub refuses it), so a ticket it holds first goes back to a queue
 * — its own service's by default — keeping its arrival time, then the window closes.
 */
export function CloseWindowDialog({
  windowId,
  windowName,
  onDone,
  onClose,
  fallbackFocus,
}: CloseWindowDialogProps): ReactNode {
  const t = useCounterT();
  const selectId = useId();
  const { state, office } = useHubState();
  const { busy, error, run } = useFloorCommand();
  const [reason, setReason] = useState('');
  const [tried, setTried] = useState(false);
  const live = state?.windows[windowId];
  const gone = !live || live.status === 'closed';
  const clerk =
    office?.staff.find((person) => person.id === live?.clerkId)?.name ?? live?.clerkId ?? '';
  const held = live?.ticketId ? (state?.tickets[live.ticketId] ?? null) : null;
  const services = office?.services ?? [];
  // Its own queue first: the citizen keeps their place and the next window of that service calls them.
  const targets = held
    ? [
        ...services.filter((s) => s.id === held.serviceId),
        ...services.filter((s) => s.active && s.id !== held.serviceId),
      ]
    : [];
  const [target, setTarget] = useState('');
  const chosen = targets.find((s) => s.id === target) ?? targets[0];

  async function confirm(): Promise<void> {
    setTried(true);
    if (!isReason(reason)) return;
    const why = reason.trim();
    const ticket = held;
    const destination = chosen;
    const accepted = await run(async (hub) => {
      const results: Result<CommandAck>[] = [];
      if (ticket && destination) {
        const moved = await hub.command('ticket:transfer', {
          ticketId: ticket.id,
          to: { serviceId: destination.id },
          note: why,
        });
        results.push(moved);
        if (!moved.ok) return results;
      }
      results.push(await hub.command('window:close', { windowId, reason: why }));
      return results;
    });
    if (!accepted) return;
    onDone(
      ticket && destination
        ? t('supervisor.close.doneWithTicket', {
            window: windowName,
            number: ticket.number,
            service: destination.name,
          })
        : t('supervisor.close.done', { window: windowName }),
    );
  }

  return (
    <FormDialog
      title={t('supervisor.close.title', { window: windowName })}
      confirmLabel={t('supervisor.close.confirm')}
      onConfirm={() => void confirm()}
      onClose={onClose}
      busy={busy}
      confirmDisabled={gone}
      error={error}
      fallbackFocus={fallbackFocus}
    >
      {gone ? (
        <p className="form-dialog__notice">{t('supervisor.gone.window')}</p>
      ) : (
        <>
          <p>{t('supervisor.close.body', { clerk })}</p>
          {held && chosen ? (
            <>
              <p className="form-dialog__notice">
                {t(
                  held.status === 'serving'
                    ? 'supervisor.close.heldServing'
                    : 'supervisor.close.heldCalled',
                  { number: held.number },
                )}
              </p>
              <div className="floor-field">
                <label htmlFor={selectId}>
                  {t('supervisor.close.heldTarget', { number: held.number })}
                </label>
                <select
                  id={selectId}
                  value={chosen.id}
                  onChange={(event) => setTarget(event.target.value)}
                >
                  {targets.map((service) => (
                    <option key={service.id} value={service.id}>
                      {service.id === held.serviceId
                        ? t('supervisor.close.ownQueue', { service: service.name })
                        : service.name}
                    </option>
                  ))}
                </select>
              </div>
            </>
          ) : null}
          <ReasonField
            label={t('supervisor.close.reason')}
            value={reason}
            onChange={setReason}
            invalid={tried && !isReason(reason)}
          />
        </>
      )}
    </FormDialog>
  );
}
