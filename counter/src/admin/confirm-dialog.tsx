import type { ReactNode } from 'react';
import { FormDialog } from '../form-dialog';
import type { SaveFailure } from './admin-session';
import { usePendingChange } from './pending-change';
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
  const { busy, failure, run } = usePendingChange(onClose);
  return (
    <FormDialog
      title={title}
      confirmLabel={confirmLabel}
      onConfirm={() => void run(onConfirm)}
      onClose={onClose}
      busy={busy}
      error={null}
    >
      <p className="form-dialog__notice">{sentence}</p>
      <SectionFeedback failure={failure} onReloaded={onClose} />
    </FormDialog>
  );
}
