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
import { checkRequired } from './validation';

type Announcement = { key: string; text: string };

function AnnouncementsForm(): ReactNode {
  const t = useCounterT();
  const { config } = useAdminSession();
  const { busy, failure, save } = useSectionSave('announcements');
  const touched = useTouched();
  const [items, setItems] = useState<Announcement[]>(() =>
    config.announcements.map((text) => ({ key: newKey(), text })),
  );
  function submit(): boolean {
    touched.submitted();
    if (items.some((i) => checkRequired(i.text))) return false;
    void save(
      items.map((i) => i.text.trim()),
      t('admin.announcements.saved', { n: items.length }),
    );
    return true;
  }
  return (
    <SectionForm
      label={t('admin.nav.announcements')}
      saveLabel={t('admin.announcements.save')}
      busy={busy}
      failure={failure}
      onSubmit={submit}
    >
      {items.length === 0 ? <p>{t('admin.announcements.none')}</p> : null}
      <OrderedList
        label={t('admin.nav.announcements')}
        items={items}
        onChange={setItems}
        itemName={(_item, index) => t('admin.announcements.item', { n: index + 1 })}
        renderFields={(item, index, update) => (
          <TextField
            label={t('admin.announcements.item', { n: index + 1 })}
            value={item.text}
            maxLength={280}
            rows={2}
            className="admin-field--wide"
            onChange={(text) => update({ text })}
            onBlur={touched.touch(item.key)}
            error={touched.message(item.key, checkRequired(item.text))}
          />
        )}
      />
      <button
        type="button"
        className="button"
        onClick={() => setItems([...items, { key: newKey(), text: '' }])}
      >
        {t('admin.announcements.add')}
      </button>
    </SectionForm>
  );
}

/** The announcements the displays scroll along their bottom, in order. */
export function AnnouncementsPage(): ReactNode {
  const t = useCounterT();
  return (
    <SectionPage
      title={t('admin.nav.announcements')}
      intro={t('admin.announcements.intro')}
      form={AnnouncementsForm}
    />
  );
}
