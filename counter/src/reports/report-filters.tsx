import type { CivilDate } from '@cac/shared/domain';
import type { ReactNode } from 'react';
import { useCounterT } from '../counter-text';
import type { FilterOption } from './filter-field';
import { FILTER_PROBLEM_ID, FilterField, FilterSelect, problemAttributes } from './filter-field';
import type { FilterForm, FilterProblem, QuickRange } from './report-filters-model';
import { QUICK_RANGES, currentQuickRange, quickRange } from './report-filters-model';
import { formatHour } from './report-format';

/** Props of {@link ReportFiltersBar}. */
export type ReportFiltersBarProps = {
  form: FilterForm;
  today: CivilDate;
  services: readonly FilterOption[];
  windows: readonly FilterOption[];
  clerks: readonly FilterOption[];
  problem: FilterProblem | null;
  busy: boolean;
  onChange(form: FilterForm): void;
  /** Asks for the report of `form` (the quick ranges ask at once, with their dates). */
  onSubmit(form: FilterForm): void;
};

const QUICK_KEYS = {
  today: 'reports.filters.today',
  last7: 'reports.filters.last7',
  thisMonth: 'reports.filters.thisMonth',
} as const satisfies Record<QuickRange, string>;

/** The 24 hours from `first`, as clocks: arrivals from 00:00–23:00, until 01:00–24:00. */
function hours(first: number): FilterOption[] {
  return Array.from({ length: 24 }, (_, index) => ({
    id: String(first + index),
    name: formatHour(first + index),
  }));
}

const DATE_FIELDS = [
  { key: 'from', id: 'reports-from', label: 'reports.filters.from' },
  { key: 'to', id: 'reports-to', label: 'reports.filters.to' },
] as const;

const HOUR_FIELDS = [
  { key: 'hourFrom', id: 'reports-hour-from', label: 'reports.filters.hourFrom', hours: hours(0) },
  { key: 'hourTo', id: 'reports-hour-to', label: 'reports.filters.hourTo', hours: hours(1) },
] as const;

/** The office's lists to filter by, each led by its "all"; `list` is the prop that fills it. */
const LIST_FIELDS = [
  {
    key: 'serviceId',
    id: 'reports-service',
    label: 'reports.filters.service',
    all: 'reports.filters.anyService',
    list: 'services',
  },
  {
    key: 'windowId',
    id: 'reports-window',
    label: 'reports.filters.window',
    all: 'reports.filters.anyWindow',
    list: 'windows',
  },
  {
    key: 'clerkId',
    id: 'reports-clerk',
    label: 'reports.filters.clerk',
    all: 'reports.filters.anyClerk',
    list: 'clerks',
  },
] as const;

/**
 * The report's filters in one band: days (typed or a quick range), service, window, clerk and
 * hours of arrival; Enter in a field or "Ver reporte" asks for the report.
 */
export function ReportFiltersBar({
  form,
  today,
  problem,
  busy,
  onChange,
  onSubmit,
  ...lists
}: ReportFiltersBarProps): ReactNode {
  const t = useCounterT();
  const current = currentQuickRange(form, today);
  const problemText = problem ? t(`reports.filters.${problem.problem}`) : null;
  const wrong = (key: keyof FilterForm) => problem?.field === key;
  function set<K extends keyof FilterForm>(key: K, value: FilterForm[K]): void {
    onChange({ ...form, [key]: value });
  }
  return (
    <form
      className="reports-filters"
      aria-labelledby="reports-filters-heading"
      onSubmit={(event) => {
        event.preventDefault();
        onSubmit(form);
      }}
    >
      <h3 id="reports-filters-heading" className="visually-hidden">
        {t('reports.filters.heading')}
      </h3>
      <div className="reports-filters__row">
        {DATE_FIELDS.map((field) => (
          <FilterField key={field.key} id={field.id} label={t(field.label)}>
            <input
              id={field.id}
              type="date"
              value={form[field.key]}
              max={today}
              {...problemAttributes(wrong(field.key))}
              onChange={(event) => set(field.key, event.target.value)}
            />
          </FilterField>
        ))}
        <fieldset className="reports-quick">
          <legend>{t('reports.filters.quick')}</legend>
          {QUICK_RANGES.map((range) => (
            <button
              key={range}
              type="button"
              className="button"
              aria-pressed={current === range}
              onClick={() => {
                const next = { ...form, ...quickRange(range, today) };
                onChange(next);
                onSubmit(next);
              }}
            >
              {t(QUICK_KEYS[range])}
            </button>
          ))}
        </fieldset>
        {HOUR_FIELDS.map((field) => (
          <FilterSelect
            key={field.key}
            id={field.id}
            label={t(field.label)}
            className="reports-hour"
            options={field.hours}
            value={String(form[field.key])}
            wrong={wrong(field.key)}
            onChange={(value) => set(field.key, Number(value))}
          />
        ))}
      </div>
      <div className="reports-filters__row">
        {LIST_FIELDS.map((field) => (
          <FilterSelect
            key={field.key}
            id={field.id}
            label={t(field.label)}
            options={[{ id: '', name: t(field.all) }, ...lists[field.list]]}
            value={form[field.key]}
            wrong={wrong(field.key)}
            onChange={(value) => set(field.key, value)}
          />
        ))}
        <button
          type="submit"
          className="button button--primary reports-submit"
          aria-disabled={busy || undefined}
        >
          {t('reports.filters.submit')}
        </button>
      </div>
      {problemText ? (
        <p id={FILTER_PROBLEM_ID} className="reports-problem" role="alert">
          {problemText}
        </p>
      ) : null}
    </form>
  );
}
