import type { CivilDate } from '@cac/shared/domain';
import type { ReactNode } from 'react';
import { useCounterT } from '../counter-text';
import type { FilterForm, FilterProblem, QuickRange } from './report-filters-model';
import { QUICK_RANGES, currentQuickRange, quickRange } from './report-filters-model';
import { formatHour } from './report-format';

/** A choice of a filter's list: id and name. */
export type FilterOption = { id: string; name: string };

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

const HOURS_FROM = Array.from({ length: 24 }, (_, hour) => hour);
const HOURS_TO = Array.from({ length: 24 }, (_, hour) => hour + 1);

/**
 * The report's filters in one band: days (typed or a quick range), service, window, clerk and
 * hours of arrival; Enter in a field or "Ver reporte" asks for the report.
 */
export function ReportFiltersBar({
  form,
  today,
  services,
  windows,
  clerks,
  problem,
  busy,
  onChange,
  onSubmit,
}: ReportFiltersBarProps): ReactNode {
  const t = useCounterT();
  const current = currentQuickRange(form, today);
  const problemText = problem ? t(`reports.filters.${problem.problem}`) : null;
  const invalid = (field: FilterProblem['field']) => problem?.field === field || undefined;
  const describedBy = (field: FilterProblem['field']) =>
    problem?.field === field ? 'reports-filter-problem' : undefined;
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
        <div className="reports-field">
          <label htmlFor="reports-from">{t('reports.filters.from')}</label>
          <input
            id="reports-from"
            type="date"
            value={form.from}
            max={today}
            aria-invalid={invalid('from')}
            aria-describedby={describedBy('from')}
            onChange={(event) => set('from', event.target.value)}
          />
        </div>
        <div className="reports-field">
          <label htmlFor="reports-to">{t('reports.filters.to')}</label>
          <input
            id="reports-to"
            type="date"
            value={form.to}
            max={today}
            aria-invalid={invalid('to')}
            aria-describedby={describedBy('to')}
            onChange={(event) => set('to', event.target.value)}
          />
        </div>
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
        <div className="reports-field">
          <label htmlFor="reports-hour-from">{t('reports.filters.hourFrom')}</label>
          <select
            id="reports-hour-from"
            className="reports-hour"
            value={form.hourFrom}
            onChange={(event) => set('hourFrom', Number(event.target.value))}
          >
            {HOURS_FROM.map((hour) => (
              <option key={hour} value={hour}>
                {formatHour(hour)}
              </option>
            ))}
          </select>
        </div>
        <div className="reports-field">
          <label htmlFor="reports-hour-to">{t('reports.filters.hourTo')}</label>
          <select
            id="reports-hour-to"
            className="reports-hour"
            value={form.hourTo}
            aria-invalid={invalid('hourTo')}
            aria-describedby={describedBy('hourTo')}
            onChange={(event) => set('hourTo', Number(event.target.value))}
          >
            {HOURS_TO.map((hour) => (
              <option key={hour} value={hour}>
                {formatHour(hour)}
              </option>
            ))}
          </select>
        </div>
      </div>
      <div className="reports-filters__row">
        <Choice
          id="reports-service"
          label={t('reports.filters.service')}
          all={t('reports.filters.anyService')}
          options={services}
          value={form.serviceId}
          onChange={(value) => set('serviceId', value)}
        />
        <Choice
          id="reports-window"
          label={t('reports.filters.window')}
          all={t('reports.filters.anyWindow')}
          options={windows}
          value={form.windowId}
          onChange={(value) => set('windowId', value)}
        />
        <Choice
          id="reports-clerk"
          label={t('reports.filters.clerk')}
          all={t('reports.filters.anyClerk')}
          options={clerks}
          value={form.clerkId}
          onChange={(value) => set('clerkId', value)}
        />
        <button
          type="submit"
          className="button button--primary reports-submit"
          aria-disabled={busy || undefined}
        >
          {t('reports.filters.submit')}
        </button>
      </div>
      {problemText ? (
        <p id="reports-filter-problem" className="reports-problem" role="alert">
          {problemText}
        </p>
      ) : null}
    </form>
  );
}

function Choice({
  id,
  label,
  all,
  options,
  value,
  onChange,
}: {
  id: string;
  label: string;
  all: string;
  options: readonly FilterOption[];
  value: string;
  onChange(value: string): void;
}): ReactNode {
  return (
    <div className="reports-field">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(event) => onChange(event.target.value)}>
        <option value="">{all}</option>
        {options.map((option) => (
          <option key={option.id} value={option.id}>
            {option.name}
          </option>
        ))}
      </select>
    </div>
  );
}
