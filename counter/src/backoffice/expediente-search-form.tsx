import type { ExpedienteState } from '@cac/shared/domain';
import { EXPEDIENTE_STATES } from '@cac/shared/domain';
import { expedienteStateName } from '@cac/shared/i18n';
import { useLanguage } from '@cac/shared/react';
import type { FormEvent, ReactNode } from 'react';
import { useId, useState } from 'react';
import type { ExpedienteFindPayload } from './expediente-port';
import type { SearchForm, SearchProblem } from './search-query';
import { EMPTY_SEARCH, searchQuery } from './search-query';
import { useCounterT } from '../counter-text';

/** Props of {@link ExpedienteSearchForm}. */
export type ExpedienteSearchFormProps = {
  form: SearchForm;
  onChange: (form: SearchForm) => void;
  /** A valid search: what to send. */
  onSearch: (payload: ExpedienteFindPayload) => void;
  busy: boolean;
};

function isState(value: string): value is ExpedienteState {
  return EXPEDIENTE_STATES.some((state) => state === value);
}

/**
 * Find expedientes by number (in any form it was typed or printed), the applicant's DNI or RUC,
 * state and the day range of reception. A field that cannot be sent says why beside it; Enter in
 * any field searches.
 */
export function ExpedienteSearchForm({
  form,
  onChange,
  onSearch,
  busy,
}: ExpedienteSearchFormProps): ReactNode {
  const t = useCounterT();
  const language = useLanguage();
  const id = useId();
  const [problems, setProblems] = useState<Partial<Record<keyof SearchForm, SearchProblem>>>({});

  function submit(event: FormEvent): void {
    event.preventDefault();
    const query = searchQuery(form);
    if (!query.ok) {
      setProblems(query.problems);
      return;
    }
    setProblems({});
    onSearch(query.payload);
  }

  function set<K extends keyof SearchForm>(field: K, value: SearchForm[K]): void {
    onChange({ ...form, [field]: value });
  }

  const fieldId = (field: keyof SearchForm) => `${id}-${field}`;
  const problemOf = (field: keyof SearchForm) => problems[field];
  const describedBy = (field: keyof SearchForm, extra?: string) => {
    const ids = [extra, problemOf(field) ? `${fieldId(field)}-problem` : undefined].filter(Boolean);
    return ids.length > 0 ? ids.join(' ') : undefined;
  };
  const problemText = (field: keyof SearchForm) => {
    const problem = problemOf(field);
    return problem ? (
      <p id={`${fieldId(field)}-problem`} className="backoffice-field__problem">
        {t(`backoffice.search.${problem}`)}
      </p>
    ) : null;
  };

  return (
    <form
      className="panel backoffice-search"
      onSubmit={submit}
      noValidate
      aria-labelledby={`${id}-heading`}
    >
      <h3 id={`${id}-heading`}>{t('backoffice.search.heading')}</h3>
      <div className="backoffice-search__fields">
        <div className="backoffice-field backoffice-field--number">
          <label htmlFor={fieldId('number')}>{t('backoffice.search.number')}</label>
          <input
            id={fieldId('number')}
            type="text"
            value={form.number}
            autoComplete="off"
            spellCheck={false}
            aria-invalid={problemOf('number') !== undefined}
            aria-describedby={describedBy('number', `${fieldId('number')}-hint`)}
            onChange={(event) => set('number', event.target.value)}
          />
          <p id={`${fieldId('number')}-hint`} className="backoffice-field__hint">
            {t('backoffice.search.numberHint')}
          </p>
          {problemText('number')}
        </div>
        <div className="backoffice-field">
          <label htmlFor={fieldId('document')}>{t('backoffice.search.document')}</label>
          <input
            id={fieldId('document')}
            type="text"
            inputMode="numeric"
            value={form.document}
            autoComplete="off"
            aria-invalid={problemOf('document') !== undefined}
            aria-describedby={describedBy('document')}
            onChange={(event) => set('document', event.target.value)}
          />
          {problemText('document')}
        </div>
        <div className="backoffice-field">
          <label htmlFor={fieldId('state')}>{t('backoffice.search.state')}</label>
          <select
            id={fieldId('state')}
            value={form.state}
            onChange={(event) =>
              set('state', isState(event.target.value) ? event.target.value : '')
            }
          >
            <option value="">{t('backoffice.search.anyState')}</option>
            {EXPEDIENTE_STATES.map((state) => (
              <option key={state} value={state}>
                {expedienteStateName(state, language)}
              </option>
            ))}
          </select>
        </div>
        {(['from', 'to'] as const).map((field) => (
          <div className="backoffice-field" key={field}>
            <label htmlFor={fieldId(field)}>{t(`backoffice.search.${field}`)}</label>
            <input
              id={fieldId(field)}
              type="date"
              value={form[field]}
              aria-invalid={problemOf(field) !== undefined}
              aria-describedby={describedBy(field)}
              onChange={(event) => set(field, event.target.value)}
            />
            {problemText(field)}
          </div>
        ))}
      </div>
      <div className="backoffice-search__buttons">
        <button type="submit" className="button button--primary" disabled={busy}>
          {busy ? t('backoffice.search.searching') : t('backoffice.search.submit')}
        </button>
        <button
          type="button"
          className="button"
          disabled={busy}
          onClick={() => {
            setProblems({});
            onChange(EMPTY_SEARCH);
          }}
        >
          {t('backoffice.search.clear')}
        </button>
      </div>
    </form>
  );
}
