import { useHubState } from '@cac/shared/react';
import type { ReactNode } from 'react';
import { useId, useState } from 'react';
import { FormDialog } from '../form-dialog';
import { ReasonField } from './reason-field';
import { useFloorCommand } from './use-floor-command';
import { useCounterT } from '../counter-text';

/** The hub's limit for a transfer note (`NoteSchema`). */
const NOTE_MAX = 500;

/** Props of {@link MoveTicketDialog}. */
export type MoveTicketDialogProps = {
  ticketId: string;
  /** The number as it was when the dialog opened. */
  number: string;
  onDone: (message: string) => void;
  onClose: () => void;
  fallbackFocus?: () => HTMLElement | null;
};

/**
 * Moves a waiting ticket to another service's queue (the citizen took the wrong one). The hub
 * keeps its arrival time, so the citizen keeps their place; a ticket reserved for one window may
 * also go back to its own service's general queue.
 */
export function MoveTicketDialog({
  ticketId,
  number,
  onDone,
  onClose,
  fallbackFocus,
}: MoveTicketDialogProps): ReactNode {
  const t = useCounterT();
  const selectId = useId();
  const { state, office } = useHubState();
  const { busy, error, run } = useFloorCommand();
  const ticket = state?.tickets[ticketId];
  const gone = !ticket || ticket.status !== 'waiting';
  const services = office?.services ?? [];
  const current = services.find((s) => s.id === ticket?.serviceId);
  const targets = services
    .filter((s) => s.active && (s.id !== ticket?.serviceId || ticket.reservedWindowId !== null))
    .map((s) => ({
      id: s.id,
      label:
        s.id === ticket?.serviceId ? t('supervisor.move.ownQueue', { service: s.name }) : s.name,
      name: s.name,
    }));
  const [target, setTarget] = useState(() => targets[0]?.id ?? '');
  const [note, setNote] = useState('');
  const chosen = targets.find((option) => option.id === target) ?? targets[0];

  async function confirm(): Promise<void> {
    if (!chosen) return;
    const trimmed = note.trim();
    const accepted = await run(async (hub) => [
      await hub.command('ticket:transfer', {
        ticketId,
        to: { serviceId: chosen.id },
        ...(trimmed === '' ? {} : { note: trimmed }),
      }),
    ]);
    if (accepted) onDone(t('supervisor.move.done', { number, service: chosen.name }));
  }

  let body: ReactNode;
  if (gone) {
    body = <p className="form-dialog__notice">{t('supervisor.gone.ticket', { number })}</p>;
  } else if (!chosen) {
    body = <p className="form-dialog__notice">{t('supervisor.move.noTarget')}</p>;
  } else {
    body = (
      <>
        <p>{t('supervisor.move.body', { service: current?.name ?? '' })}</p>
        <div className="floor-field">
          <label htmlFor={selectId}>{t('supervisor.move.target')}</label>
          <select
            id={selectId}
            value={chosen.id}
            onChange={(event) => setTarget(event.target.value)}
          >
            {targets.map((option) => (
              <option key={option.id} value={option.id}>
                {option.label}
              </option>
            ))}
          </select>
        </div>
        <ReasonField
          label={t('supervisor.move.note')}
          value={note}
          onChange={setNote}
          invalid={false}
          required={false}
          maxLength={NOTE_MAX}
        />
      </>
    );
  }

  return (
    <FormDialog
      title={t('supervisor.move.title', { number })}
      confirmLabel={t('supervisor.move.confirm')}
      onConfirm={() => void confirm()}
      onClose={onClose}
      busy={busy}
      confirmDisabled={gone || !chosen}
      error={error}
      fallbackFocus={fallbackFocus}
    >
      {body}
    </FormDialog>
  );
}
