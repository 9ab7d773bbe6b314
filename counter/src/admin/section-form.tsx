import type { ConfigSection } from '@cac/shared/protocol';
import type { FormEvent, ReactNode } from 'react';
import { useCounterT } from '../counter-text';
import type { SaveFailure } from './admin-session';
import { useAdminSession } from './admin-session';
import { usePendingChange } from './pending-change';
import { SectionFeedback } from './section-feedback';

/** Saving one section from a page's form: busy while it goes, the refusal kept for the form. */
export function useSectionSave(section: ConfigSection): {
  busy: boolean;
  failure: SaveFailure | null;
  save: (value: unknown, notice: string) => Promise<void>;
} {
  const { saveSection } = useAdminSession();
  const { busy, failure, run } = usePendingChange();
  return { busy, failure, save: (value, notice) => run(() => saveSection(section, value, notice)) };
}

/**
 * A page's form for one section: its fields, the hub's refusal next to them, and the save button
 * at the end. `onSubmit` checks the fields and saves; when a field has a problem it returns
 * false and the focus goes to the first field marked invalid.
 */
export function SectionForm({
  label,
  saveLabel,
  busy,
  failure,
  onSubmit,
  children,
}: {
  label: string;
  saveLabel: string;
  busy: boolean;
  failure: SaveFailure | null;
  onSubmit: () => boolean;
  children: ReactNode;
}): ReactNode {
  const t = useCounterT();
  function submit(event: FormEvent<HTMLFormElement>): void {
    event.preventDefault();
    if (busy) return;
    const form = event.currentTarget;
    if (!onSubmit()) {
      setTimeout(() => form.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus(), 0);
    }
  }
  return (
    <form className="admin-form" aria-label={label} onSubmit={submit} noValidate>
      <fieldset className="admin-form__body" disabled={busy}>
        {children}
      </fieldset>
      <SectionFeedback failure={failure} />
      <div className="admin-form__buttons">
        <button type="submit" className="button button--primary" disabled={busy}>
          {busy ? t('admin.form.saving') : saveLabel}
        </button>
      </div>
    </form>
  );
}
