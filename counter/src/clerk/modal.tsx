import type { ReactNode } from 'react';
import { useEffect, useId, useRef } from 'react';

/** Props of {@link Modal}. */
export type ModalProps = {
  title: string;
  /** Escape, or the dialog's own cancel button. */
  onClose: () => void;
  /** Extra keys while the dialog is open (e.g. digits that pick an option); return true if handled. */
  onKey?: (event: KeyboardEvent) => boolean;
  children: ReactNode;
};

const FOCUSABLE =
  'button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [href], [tabindex]:not([tabindex="-1"])';

/** Elements Tab stops at, in order: of each radio group only the checked one (or the first). */
function tabStops(root: HTMLElement): HTMLElement[] {
  const seenGroups = new Set<string>();
  return [...root.querySelectorAll<HTMLElement>(FOCUSABLE)].filter((element) => {
    if (!(element instanceof HTMLInputElement) || element.type !== 'radio' || !element.name) {
      return true;
    }
    if (seenGroups.has(element.name)) return false;
    const group = root.querySelectorAll<HTMLInputElement>(
      `input[type="radio"][name="${CSS.escape(element.name)}"]`,
    );
    const checked = [...group].find((radio) => radio.checked && !radio.disabled);
    if (checked && checked !== element) return false;
    seenGroups.add(element.name);
    return true;
  });
}

/**
 * Enter submits the dialog's form from any of its fields: browsers do it for text fields but not
 * for radios, checkboxes or a list box, and the dialogs promise "Enter" on their main button.
 */
function submitsOnEnter(target: EventTarget | null): boolean {
  if (target instanceof HTMLSelectElement) return true;
  return (
    target instanceof HTMLInputElement &&
    ['radio', 'checkbox', 'text', 'search', 'number'].includes(target.type)
  );
}

/**
 * A modal dialog: `role="dialog"`, `aria-modal`, named by its heading. On open the focus goes to the
 * element marked `data-autofocus` (else the first control); Tab and Shift+Tab stay inside; Escape
 * closes; on close the focus returns to where it was. Hand-made rather than `<dialog>.showModal()`
 * because jsdom has no `showModal`, and component tests must exercise the same element the clerk
 * uses. The page behind is made `inert` by the desk while a dialog is open.
 */
export function Modal({ title, onClose, onKey, children }: ModalProps): ReactNode {
  const headingId = useId();
  const dialogRef = useRef<HTMLDivElement>(null);
  // Read through refs so the listener (installed once) always calls the latest handlers.
  const onCloseRef = useRef(onClose);
  const onKeyRef = useRef(onKey);
  useEffect(() => {
    onCloseRef.current = onClose;
    onKeyRef.current = onKey;
  });

  useEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog) return;
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    const first = dialog.querySelector<HTMLElement>('[data-autofocus]') ?? tabStops(dialog)[0];
    first?.focus();

    function onKeyDown(event: KeyboardEvent): void {
      if (event.key === 'Escape') {
        event.preventDefault();
        event.stopPropagation();
        onCloseRef.current();
        return;
      }
      if (event.key === 'Tab' && dialog) {
        const stops = tabStops(dialog);
        const firstStop = stops[0];
        const lastStop = stops.at(-1);
        if (!firstStop || !lastStop) return;
        if (event.shiftKey && document.activeElement === firstStop) {
          event.preventDefault();
          lastStop.focus();
        } else if (!event.shiftKey && document.activeElement === lastStop) {
          event.preventDefault();
          firstStop.focus();
        }
        return;
      }
      if (event.key === 'Enter' && submitsOnEnter(event.target)) {
        event.preventDefault();
        (event.target as HTMLInputElement | HTMLSelectElement).form?.requestSubmit();
        return;
      }
      if (onKeyRef.current?.(event)) event.preventDefault();
    }

    dialog.addEventListener('keydown', onKeyDown);
    return () => {
      dialog.removeEventListener('keydown', onKeyDown);
      // Back to the button that opened the dialog, if it is still there and usable; after a
      // successful action the desk moves the focus on to the next likely action instead.
      if (opener?.isConnected && !opener.matches(':disabled')) opener.focus();
    };
  }, []);

  return (
    <div className="modal-backdrop">
      <div
        ref={dialogRef}
        className="modal"
        role="dialog"
        aria-modal="true"
        aria-labelledby={headingId}
      >
        <h2 id={headingId} className="modal__title">
          {title}
        </h2>
        {children}
      </div>
    </div>
  );
}
