import type { FormEvent, ReactNode } from 'react';
import { useEffect, useId, useRef } from 'react';
import { useCounterT } from './counter-text';
import './form-dialog.css';

/** Props of {@link FormDialog}. */
export type FormDialogProps = {
  title: string;
  /** The confirming button's words (it says what happens: "Anular ticket", not "Aceptar"). */
  confirmLabel: string;
  /** Runs the action; the dialog stays open, busy, until it settles. */
  onConfirm: () => void;
  /** Escape, "Volver", or the action's success. */
  onClose: () => void;
  /** A command is on its way: the form is locked and Escape waits. */
  busy: boolean;
  /** The action cannot go ahead (a required field, a ticket that moved meanwhile). */
  confirmDisabled?: boolean;
  /** The hub's refusal or a field problem, read out at once. */
  error: string | null;
  /** Focused when the dialog closes if the element that opened it is gone (e.g. its table row). */
  fallbackFocus?: () => HTMLElement | null;
  children: ReactNode;
};

/**
 * Enter in these confirms the dialog. Browsers submit a form on Enter from a one-line text field
 * only; a select would swallow it, and a text area (a reason) would take it as a new line, leaving
 * the user to Tab twice to the button, unlike the clerk's dialogs. Shift+Enter still breaks a line
 * in a text area; a choice among radio buttons (a resolution) is made with the arrows, then Enter.
 */
function confirmsOnEnter(event: KeyboardEvent): boolean {
  if (event.key !== 'Enter' || event.isComposing) return false;
  const target = event.target;
  if (target instanceof HTMLSelectElement) return true;
  if (target instanceof HTMLTextAreaElement) return !event.shiftKey;
  return target instanceof HTMLInputElement && ['text', 'search', 'radio'].includes(target.type);
}

const FOCUSABLE =
  'button:not([disabled]), select:not([disabled]), textarea:not([disabled]), input:not([disabled]), [href], [tabindex]:not([tabindex="-1"])';

/**
 * A modal form for one action of the supervisor's floor or the back office: `role="dialog"` with
 * `aria-modal`, named by its title; focus goes to the first field (or "Volver", the safe choice, when there is none), Tab
 * stays inside, Escape closes, Enter confirms from any field, and focus goes back where it came
 * from (after a success the view moves it on, the opener being about to vanish). Rendered
 * in place rather than in a portal, so it lives in whatever provider tree the view has.
 */
export function FormDialog({
  title,
  confirmLabel,
  onConfirm,
  onClose,
  busy,
  confirmDisabled = false,
  error,
  fallbackFocus,
  children,
}: FormDialogProps): ReactNode {
  const t = useCounterT();
  const titleId = useId();
  const dialogRef = useRef<HTMLDivElement>(null);
  const backRef = useRef<HTMLButtonElement>(null);
  // Read in effects through refs, so that a parent re-render does not re-run them.
  const latest = useRef({ onClose, busy, fallbackFocus });
  useEffect(() => {
    latest.current = { onClose, busy, fallbackFocus };
  });

  useEffect(() => {
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    const dialog = dialogRef.current;
    const field = dialog?.querySelector<HTMLElement>('textarea, select, input');
    (field ?? backRef.current)?.focus();
    return () => {
      const target = opener?.isConnected ? opener : latest.current.fallbackFocus?.();
      target?.focus();
    };
  }, []);

  useEffect(() => {
    // On the document, not the dialog element: a key handler on a non-interactive role is what
    // the accessibility rules warn about, and Escape must work wherever focus is inside.
    function onKeyDown(event: KeyboardEvent): void {
      const dialog = dialogRef.current;
      if (!dialog) return;
      if (event.key === 'Escape') {
        event.preventDefault();
        if (!latest.current.busy) latest.current.onClose();
        return;
      }
      if (confirmsOnEnter(event) && event.target instanceof Node && dialog.contains(event.target)) {
        event.preventDefault();
        dialog.querySelector('form')?.requestSubmit();
        return;
      }
      if (event.key !== 'Tab') return;
      const focusable = [...dialog.querySelectorAll<HTMLElement>(FOCUSABLE)];
      const first = focusable[0];
      const last = focusable.at(-1);
      if (!first || !last) return;
      const inside = dialog.contains(document.activeElement);
      if (event.shiftKey && (document.activeElement === first || !inside)) {
        event.preventDefault();
        last.focus();
      } else if (!event.shiftKey && (document.activeElement === last || !inside)) {
        event.preventDefault();
        first.focus();
      }
    }
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, []);

  function submit(event: FormEvent): void {
    event.preventDefault();
    if (!busy && !confirmDisabled) onConfirm();
  }

  return (
    <div className="form-dialog__backdrop">
      <div
        ref={dialogRef}
        className="form-dialog"
        role="dialog"
        aria-modal="true"
        aria-labelledby={titleId}
        aria-busy={busy}
      >
        <form onSubmit={submit} noValidate>
          <h2 id={titleId} className="form-dialog__title">
            {title}
          </h2>
          <fieldset className="form-dialog__body" disabled={busy}>
            {children}
          </fieldset>
          {error ? (
            <p className="form-dialog__error" role="alert">
              {error}
            </p>
          ) : null}
          <div className="form-dialog__buttons">
            <button
              ref={backRef}
              type="button"
              className="button"
              onClick={onClose}
              disabled={busy}
            >
              {t('form.dialog.back')}
            </button>
            <button
              type="submit"
              className="button button--primary"
              disabled={busy || confirmDisabled}
            >
              {busy ? t('form.dialog.working') : confirmLabel}
            </button>
          </div>
        </form>
      </div>
    </div>
  );
}
