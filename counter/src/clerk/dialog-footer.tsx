import type { ReactNode } from 'react';
import { useCounterT } from '../counter-text';
import { ShortcutButton } from './shortcut-button';

/** Props of {@link DialogFooter}. */
export type DialogFooterProps = {
  submitLabel: string;
  onCancel: () => void;
  /** No connection, a command in flight, or nothing valid to send. */
  submitDisabled: boolean;
  /** The hub's refusal (or a check of the form), shown above the buttons. */
  error: string | null;
  variant?: 'primary' | 'danger';
  /** The dialog opens with the focus on its action (a confirmation). */
  focusSubmit?: boolean;
};

/** A dialog's last row: what went wrong, Cancelar (Esc) and the dialog's action (Enter). */
export function DialogFooter({
  submitLabel,
  onCancel,
  submitDisabled,
  error,
  variant = 'primary',
  focusSubmit = false,
}: DialogFooterProps): ReactNode {
  const t = useCounterT();
  return (
    <div className="modal__footer">
      <div role="alert" className="desk-error">
        {error}
      </div>
      <div className="modal__buttons">
        <ShortcutButton
          label={t('clerk.dialog.cancel')}
          keyLabel="Esc"
          ariaKey="Escape"
          onClick={onCancel}
        />
        <ShortcutButton
          type="submit"
          label={submitLabel}
          keyLabel="Enter"
          disabled={submitDisabled}
          variant={variant}
          initialFocus={focusSubmit}
        />
      </div>
    </div>
  );
}
