import type { ReactNode } from 'react';
import { useState } from 'react';
import { useCounterT } from '../counter-text';
import { formatCivilDate } from '../backoffice/format';
import { useAdminSession } from './admin-session';
import { TextField } from './field';
import { ItemButton } from './item-button';
import { SectionForm, useSectionSave } from './section-form';
import { SectionPage } from './section-page';
import { checkDate } from './validation';

/** A date's weekday in the office's words (a holiday on a Sunday changes no deadline). */
function weekday(date: string, language: string): string {
  return new Intl.DateTimeFormat(language, { weekday: 'long', timeZone: 'UTC' }).format(
    Date.parse(`${date}T12:00:00Z`),
  );
}

function HolidaysForm(): ReactNode {
  const t = useCounterT();
  const { config } = useAdminSession();
  const { busy, failure, save } = useSectionSave('holidays');
  const [dates, setDates] = useState<string[]>(() => [...config.holidays].sort());
  const [typed, setTyped] = useState('');
  const [addProblem, setAddProblem] = useState<string | null>(null);

  function add(): void {
    const date = typed.trim();
    const problem = checkDate(date) ?? (dates.includes(date) ? 'admin.check.dateTaken' : null);
    if (problem) {
      setAddProblem(t(problem));
      return;
    }
    setDates([...dates, date].sort());
    setTyped('');
    setAddProblem(null);
  }

  return (
    <SectionForm
      label={t('admin.nav.holidays')}
      saveLabel={t('admin.holidays.save')}
      busy={busy}
      failure={failure}
      onSubmit={() => {
        void save(dates, t('admin.holidays.saved', { n: dates.length }));
        return true;
      }}
    >
      <div className="admin-inline-add">
        <TextField
          label={t('admin.holidays.date')}
          hint={t('admin.holidays.dateHint')}
          value={typed}
          maxLength={10}
          inputMode="numeric"
          className="admin-field--short"
          onChange={(value) => {
            setTyped(value);
            setAddProblem(null);
          }}
          error={addProblem}
        />
        <button type="button" className="button" onClick={add}>
          {t('admin.holidays.add')}
        </button>
      </div>
      {dates.length === 0 ? <p>{t('admin.holidays.none')}</p> : null}
      <ul className="admin-chips" aria-label={t('admin.holidays.listLabel')}>
        {dates.map((date) => (
          <li key={date} className="admin-chip">
            <span>
              {formatCivilDate(date)}{' '}
              <span className="admin-table__sub">{weekday(date, 'es-PE')}</span>
            </span>
            <ItemButton
              label={t('admin.list.remove')}
              item={formatCivilDate(date)}
              className="admin-chip__remove"
              onClick={() => setDates(dates.filter((d) => d !== date))}
            />
          </li>
        ))}
      </ul>
    </SectionForm>
  );
}

/** Holidays: the days that do not count for legal deadlines. */
export function HolidaysPage(): ReactNode {
  const t = useCounterT();
  return (
    <SectionPage
      title={t('admin.nav.holidays')}
      intro={t('admin.holidays.intro')}
      form={HolidaysForm}
    />
  );
}
