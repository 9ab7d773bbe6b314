import type { ReactNode } from 'react';
import { useState } from 'react';
import { useCounterT } from '../counter-text';
import { useAdminSession } from './admin-session';
import { TextField } from './field';
import { OrderedList } from './ordered-list';
import { SectionForm, useSectionSave } from './section-form';
import { SectionPage } from './section-page';
import { newKey } from './service-draft';
import { useTouched } from './use-touched';
import { checkRequired, checkUrl } from './validation';

type OnlineProcedure = { key: string; name: string; where: string; url: string };

/** The most the hub keeps (the ticket page has room for these). */
const MAX_ITEMS = 12;

function OnlineProceduresForm(): ReactNode {
  const t = useCounterT();
  const { config } = useAdminSession();
  const { busy, failure, save } = useSectionSave('onlineProcedures');
  const touched = useTouched();
  const [items, setItems] = useState<OnlineProcedure[]>(() =>
    config.onlineProcedures.map((p) => ({
      key: newKey(),
      name: p.name,
      where: p.where,
      url: p.url ?? '',
    })),
  );
  const problems = (item: OnlineProcedure) => ({
    name: checkRequired(item.name),
    where: checkRequired(item.where),
    url: checkUrl(item.url),
  });
  function submit(): boolean {
    touched.submitted();
    if (items.some((i) => Object.values(problems(i)).some(Boolean))) return false;
    const value = items.map((i) => ({
      name: i.name.trim(),
      where: i.where.trim(),
      ...(i.url.trim() === '' ? {} : { url: i.url.trim() }),
    }));
    void save(value, t('admin.online.saved', { n: value.length }));
    return true;
  }
  return (
    <SectionForm
      label={t('admin.nav.onlineProcedures')}
      saveLabel={t('admin.online.save')}
      busy={busy}
      failure={failure}
      onSubmit={submit}
    >
      {items.length === 0 ? <p>{t('admin.online.none')}</p> : null}
      <OrderedList
        label={t('admin.nav.onlineProcedures')}
        items={items}
        onChange={setItems}
        itemName={(item, index) => item.name.trim() || t('admin.online.item', { n: index + 1 })}
        renderFields={(item, _index, update) => {
          const p = problems(item);
          const error = (field: keyof typeof p): string | null =>
            touched.message(`${item.key}.${field}`, p[field]);
          return (
            <div className="admin-grid">
              <TextField
                label={t('admin.online.name')}
                value={item.name}
                maxLength={80}
                onChange={(name) => update({ name })}
                onBlur={touched.touch(`${item.key}.name`)}
                error={error('name')}
              />
              <TextField
                label={t('admin.online.where')}
                hint={t('admin.online.whereHint')}
                value={item.where}
                maxLength={160}
                onChange={(where) => update({ where })}
                onBlur={touched.touch(`${item.key}.where`)}
                error={error('where')}
              />
              <TextField
                label={t('admin.online.url')}
                hint={t('admin.online.urlHint')}
                value={item.url}
                maxLength={300}
                inputMode="url"
                onChange={(url) => update({ url })}
                onBlur={touched.touch(`${item.key}.url`)}
                error={error('url')}
              />
            </div>
          );
        }}
      />
      <button
        type="button"
        className="button"
        disabled={items.length >= MAX_ITEMS}
        onClick={() => setItems([...items, { key: newKey(), name: '', where: '', url: '' }])}
      >
        {t('admin.online.add')}
      </button>
      {items.length >= MAX_ITEMS ? (
        <p className="admin-field__hint">{t('admin.online.max')}</p>
      ) : null}
    </SectionForm>
  );
}

/** Procedures citizens can do online, shown on the ticket's page while they wait. */
export function OnlineProceduresPage(): ReactNode {
  const t = useCounterT();
  return (
    <SectionPage
      title={t('admin.nav.onlineProcedures')}
      intro={t('admin.online.intro')}
      form={OnlineProceduresForm}
    />
  );
}
