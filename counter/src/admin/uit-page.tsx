import { formatSoles } from '@cac/shared/domain';
import type { ReactNode } from 'react';
import { useState } from 'react';
import { useCounterT } from '../counter-text';
import { useAdminSession } from './admin-session';
import { TextField } from './field';
import { patchItem, removeItem } from './keyed-list';
import { RemovableRow } from './removable-row';
import { SectionForm, useSectionSave } from './section-form';
import { SectionPage } from './section-page';
import { newKey } from './service-draft';
import { useTouched } from './use-touched';
import { checkSoles, checkYear, readSoles } from './validation';

type Row = { key: string; year: string; amount: string };

function UitForm(): ReactNode {
  const t = useCounterT();
  const { config } = useAdminSession();
  const { busy, failure, save } = useSectionSave('uitTable');
  const touched = useTouched();
  const [rows, setRows] = useState<Row[]>(() =>
    Object.entries(config.uitTable)
      .sort(([a], [b]) => b.localeCompare(a))
      .map(([year, centimos]) => ({
        key: newKey(),
        year,
        amount: formatSoles(centimos).replace('S/ ', ''),
      })),
  );
  const problems = new Map<string, string>();
  const years = new Set<string>();
  for (const row of rows) {
    const year =
      checkYear(row.year) ?? (years.has(row.year.trim()) ? 'admin.check.yearTaken' : null);
    if (year) problems.set(`${row.key}.year`, t(year));
    years.add(row.year.trim());
    const amount = checkSoles(row.amount);
    if (amount) problems.set(`${row.key}.amount`, t(amount));
  }
  const error = (field: string): string | null =>
    touched.show(field) ? (problems.get(field) ?? null) : null;
  const update = (key: string, patch: Partial<Row>): void => setRows(patchItem(rows, key, patch));

  function submit(): boolean {
    touched.submitted();
    if (problems.size > 0) return false;
    const table = Object.fromEntries(rows.map((r) => [r.year.trim(), readSoles(r.amount) ?? 0]));
    void save(table, t('admin.uit.saved'));
    return true;
  }

  return (
    <SectionForm
      label={t('admin.nav.uit')}
      saveLabel={t('admin.uit.save')}
      busy={busy}
      failure={failure}
      onSubmit={submit}
    >
      <ul className="admin-rows">
        {rows.map((row) => {
          const cents = readSoles(row.amount);
          return (
            <RemovableRow
              key={row.key}
              item={row.year}
              onRemove={() => setRows(removeItem(rows, row.key))}
            >
              <TextField
                label={t('admin.uit.year')}
                value={row.year}
                maxLength={4}
                inputMode="numeric"
                className="admin-field--short"
                onChange={(year) => update(row.key, { year })}
                onBlur={touched.touch(`${row.key}.year`)}
                error={error(`${row.key}.year`)}
              />
              <TextField
                label={t('admin.uit.amount', { year: row.year })}
                hint={cents === null ? t('admin.uit.amountHint') : formatSoles(cents)}
                value={row.amount}
                inputMode="decimal"
                className="admin-field--short"
                onChange={(amount) => update(row.key, { amount })}
                onBlur={touched.touch(`${row.key}.amount`)}
                error={error(`${row.key}.amount`)}
              />
            </RemovableRow>
          );
        })}
      </ul>
      <button
        type="button"
        className="button"
        onClick={() =>
          setRows([
            { key: newKey(), year: String(new Date().getFullYear() + 1), amount: '' },
            ...rows,
          ])
        }
      >
        {t('admin.uit.add')}
      </button>
    </SectionForm>
  );
}

/** The UIT table: the value of the tax unit per year, from which "% UIT" fees are computed. */
export function UitPage(): ReactNode {
  const t = useCounterT();
  return <SectionPage title={t('admin.nav.uit')} intro={t('admin.uit.intro')} form={UitForm} />;
}
