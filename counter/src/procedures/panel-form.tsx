import type { FormEvent, ReactNode } from 'react';
import { useEffect, useRef } from 'react';
import { useCounterT } from '../counter-text';

/** Props of {@link PanelForm}. */
export type PanelFormProps = {
  /** Names the form for assistive technology (the procedure's name). */
  label: string;
  onSubmit: () => void;
  submitLabel: string;
  busy: boolean;
  error: string | null;
  children: ReactNode;
};

/**
 * A panel's form: its fields, the alert for what went wrong, and the submit button (Enter in a
 * text field submits; the button is disabled while the command is in flight).
 */
export function PanelForm({
  label,
  onSubmit,
  submitLabel,
  busy,
  error,
  children,
}: PanelFormProps): ReactNode {
  const t = useCounterT();
  function submit(event: FormEvent<HTMLFormElement>): void {
    event.preventDefault();
    if (!busy) onSubmit();
  }
  // Browsers submit on Enter from a text field only. The panel promises Enter everywhere but on a
  // checkbox (ticking a debt or a requirement must never register or pay): from a radio, a list
  // or the observation too, where Shift+Enter breaks a line, as in the desk's dialogs.
  const formRef = useRef<HTMLFormElement>(null);
  useEffect(() => {
    const form = formRef.current;
    if (!form) return;
    function onKeyDown(event: KeyboardEvent): void {
      if (event.key !== 'Enter' || event.shiftKey || event.isComposing || !form) return;
      const target = event.target;
      const submits =
        target instanceof HTMLTextAreaElement ||
        target instanceof HTMLSelectElement ||
        (target instanceof HTMLInputElement && target.type === 'radio');
      if (!submits) return;
      event.preventDefault();
      form.requestSubmit();
    }
    form.addEventListener('keydown', onKeyDown);
    return () => form.removeEventListener('keydown', onKeyDown);
  }, []);
  return (
    <form ref={formRef} className="proc-form" aria-label={label} onSubmit={submit} noValidate>
      {children}
      <div className="proc-form__footer">
        <div role="alert" className="desk-error">
          {error}
        </div>
        <button type="submit" className="button button--primary" disabled={busy}>
          {busy ? t('proc.sending') : submitLabel}
        </button>
      </div>
    </form>
  );
}
