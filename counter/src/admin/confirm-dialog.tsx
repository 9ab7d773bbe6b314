import type { ReactNode } from 'react';
import { useState } from 'react';
import { FormDialog } from '../form-dialog';
import type { SaveFailure } from './admin-session';
import { SectionFeedback } from './section-feedback';

/**
 * Asks before a change that is hard to undo or affects people at work (deactivate a user, a new
 * device key, removing a window): the sentence says what will happen; the button says the action.
 * The refusal, if any, shows inside; a success closes it.
 */
export function ConfirmDialog({
  title,
  sentence,
  confirmLabel,
  onConfirm,
  onClose,
}: {
  title: string;
  sentence: string;
  confirmLabel: string;
  /** Runs the change: null on success, else why not. */
  onConfirm: () => Promise<SaveFailure | null>;
  onClose: () => void;
}): ReactNode {
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<SaveFailure | null>(null);
  async function confirm(): Promise<void> {
    setBusy(true);
    const failed = await onConfirm();
    setBusy(false);
    setFailure(failed);
    if (!failed) onClose();
  }
  return (
    <FormDialog
      title={title}
      confirmLabel={confirmLabel}
      onConfirm={() => void confirm()}
      onClose={onClose}
      busy={busy}
      error={null}
    >
      <p className="form-dialog__notice">{sentence}</p>
      <SectionFeedback failure={failure} onReloaded={onClose} />
    </FormDialog>
  );
}
