import type { FormEvent, ReactNode } from 'react';
import { useEffect, useId, useRef } from 'react';
import { useCounterT } from '../counter-text';

/** Props of {@link BackofficeDialog}. */
export type BackofficeDialogProps = {
  title: string;
  /** The confirming button's words (what happens: "Derivar", not "Aceptar"). */
  confirmLabel: string;
  onConfirm: () => void;
  /** Escape or "Volver". */
  onClose: () => void;
  /** A command is on its way: the form is locked and Escape waits. */
  busy: boolean;
  /** The hub's refusal, read out at once. */
  error: string | null;
  /** Focused when the dialog closes if the element that opened it is gone. */
  fallbackFocus?: () => HTMLElement | null;
  children: ReactNode;
};

/**
 * Enter confirms from a one-line field, a select or a text area (Shift+Enter breaks a line), as in
 * the floor's dialogs. Radio buttons too: a resolution is chosen with the arrows, then Enter.
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
 * A modal form for one move of an expediente: `role="dialog"` with `aria-modal`, named by its
 * title; focus starts in the first field (or "Volver"), Tab stays inside, Escape closes, Enter
 * confirms, and the focus goes back where it came from. The same behaviour as the floor's
 * dialogs, kept apart so that the back office does not depend on the floor's internals.
 */
export function BackofficeDialog({
  title,
  confirmLabel,
  onConfirm,
  onClose,
  busy,
  error,
  fallbackFocus,
  children,
}: BackofficeDialogProps): ReactNode {
  const t = useCounterT();
  const titleId = useId();
  const dialogRef = useRef<HTMLDivElement>(null);
  const backRef = useRef<HTMLButtonElement>(null);
  const latest = useRef({ onClose, busy, fallbackFocus });
  useEffect(() => {
    latest.current = { onClose, busy, fallbackFocus };
  });

  useEffect(() => {
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    const field = dialogRef.current?.querySelector<HTMLElement>('textarea, select, input');
    (field ?? backRef.current)?.focus();
    return () => {
      const target = opener?.isConnected ? opener : latest.current.fallbackFocus?.();
      target?.focus();
    };
  }, []);

  useEffect(() => {
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
    if (!busy) onConfirm();
  }

  return (
    <div className="backoffice-dialog__backdrop">
      <div
        ref={dialogRef}
        className="backoffice-dialog"
        role="dialog"
        aria-modal="true"
        aria-labelledby={titleId}
        aria-busy={busy}
      >
        <form onSubmit={submit} noValidate>
          <h2 id={titleId} className="backoffice-dialog__title">
            {title}
          </h2>
          <fieldset className="backoffice-dialog__body" disabled={busy}>
            {children}
          </fieldset>
          {error ? (
            <p className="backoffice-dialog__error" role="alert">
              {error}
            </p>
          ) : null}
          <div className="backoffice-dialog__buttons">
            <button
              ref={backRef}
              type="button"
              className="button"
              onClick={onClose}
              disabled={busy}
            >
              {t('backoffice.dialog.back')}
            </button>
            <button type="submit" className="button button--primary" disabled={busy}>
              {busy ? t('backoffice.dialog.working') : confirmLabel}
            </button>
          </div>
        </form>
      </div>
    </div>
  );
}
