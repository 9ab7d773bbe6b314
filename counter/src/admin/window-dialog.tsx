import type { ReactNode } from 'react';
import { useState } from 'react';
import { useCounterT } from '../counter-text';
import { FormDialog } from '../form-dialog';
import { useAdminSession } from './admin-session';
import { TextField } from './field';
import { usePendingChange } from './pending-change';
import { SectionFeedback } from './section-feedback';
import { IdCheckboxes } from './service-checkboxes';
import { useTouched } from './use-touched';
import { checkRequired, checkWhole, slugify, uniqueSlug } from './validation';

type Window = ReturnType<typeof useAdminSession>['config']['windows'][number];

/** Adds or edits a window: its name, the number painted above it, the services it serves. */
export function WindowDialog({
  window: original,
  onClose,
}: {
  window: Window | null;
  onClose: () => void;
}): ReactNode {
  const t = useCounterT();
  const { config, saveSection } = useAdminSession();
  const [name, setName] = useState(original?.name ?? '');
  const [number, setNumber] = useState(
    original?.number === undefined ? '' : String(original.number),
  );
  const [serviceIds, setServiceIds] = useState<string[]>([...(original?.serviceIds ?? [])]);
  const { busy, failure, run } = usePendingChange(onClose);
  const touched = useTouched();

  const others = config.windows.filter((w) => w.id !== original?.id);
  const nameProblem =
    checkRequired(name) ??
    (others.some((w) => w.name === name.trim()) ? 'admin.check.windowNameTaken' : null);
  const numberProblem =
    number.trim() === ''
      ? null
      : (checkWhole(number, 1, 999, 'admin.check.windowNumber') ??
        (others.some((w) => w.number === Number(number)) ? 'admin.check.windowNumberTaken' : null));
  const servicesProblem = serviceIds.length === 0 ? 'admin.check.oneService' : null;

  async function confirm(): Promise<void> {
    touched.submitted();
    if (nameProblem || numberProblem || servicesProblem) return;
    const { number: _old, ...rest } = original ?? { id: '' };
    const saved: Window = {
      ...rest,
      id: original?.id ?? uniqueSlug(slugify(name), new Set(config.windows.map((w) => w.id))),
      name: name.trim(),
      ...(number.trim() === '' ? {} : { number: Number(number) }),
      serviceIds,
    };
    const windows = original
      ? config.windows.map((w) => (w.id === original.id ? saved : w))
      : [...config.windows, saved];
    await run(() =>
      saveSection(
        'windows',
        windows,
        t(original ? 'admin.window.saved' : 'admin.window.added', { name: saved.name }),
      ),
    );
  }

  return (
    <FormDialog
      title={
        original ? t('admin.window.editTitle', { name: original.name }) : t('admin.window.newTitle')
      }
      confirmLabel={t('admin.window.save')}
      onConfirm={() => void confirm()}
      onClose={onClose}
      busy={busy}
      error={null}
    >
      <TextField
        label={t('admin.window.name')}
        hint={t('admin.window.nameHint')}
        value={name}
        maxLength={40}
        onChange={setName}
        onBlur={touched.touch('name')}
        error={touched.message('name', nameProblem)}
      />
      <TextField
        label={t('admin.window.number')}
        hint={t('admin.window.numberHint')}
        value={number}
        inputMode="numeric"
        maxLength={3}
        className="admin-field--short"
        onChange={setNumber}
        onBlur={touched.touch('number')}
        error={touched.message('number', numberProblem)}
      />
      <IdCheckboxes
        legend={t('admin.window.services')}
        options={config.services}
        chosen={serviceIds}
        onChange={setServiceIds}
        error={touched.message('services', servicesProblem)}
      />
      <SectionFeedback failure={failure} onReloaded={onClose} />
    </FormDialog>
  );
}
