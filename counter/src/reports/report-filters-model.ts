import type { CivilDate } from '@cac/shared/domain';
import { addCalendarDays, calendarDaysBetween, parseCivilDate } from '@cac/shared/domain';
import type { Result } from '@cac/shared/protocol';
import type { ReportQuery } from './reports-port';

/** The filter bar as typed: dates as the date inputs give them, '' for "all". */
export type FilterForm = {
  from: string;
  to: string;
  serviceId: string;
  windowId: string;
  clerkId: string;
  hourFrom: number;
  hourTo: number;
};

/** The quick ranges of the filter bar, ending today. */
export const QUICK_RANGES = ['today', 'last7', 'thisMonth'] as const;
/** One of {@link QUICK_RANGES}. */
export type QuickRange = (typeof QUICK_RANGES)[number];

/** What stops a form from becoming a query, and on which field it is shown. */
export type FilterProblem =
  | { field: 'from' | 'to'; problem: 'dateInvalid' }
  | { field: 'to'; problem: 'rangeInvalid' }
  | { field: 'hourTo'; problem: 'hoursInvalid' };

/** Today's office day, all services, windows and clerks, the whole day. */
export function defaultFilters(today: CivilDate): FilterForm {
  return {
    from: today,
    to: today,
    serviceId: '',
    windowId: '',
    clerkId: '',
    hourFrom: 0,
    hourTo: 24,
  };
}

/** The days of a quick range: "Últimos 7 días" counts today as the seventh. */
export function quickRange(
  range: QuickRange,
  today: CivilDate,
): { from: CivilDate; to: CivilDate } {
  switch (range) {
    case 'today':
      return { from: today, to: today };
    case 'last7':
      return { from: addCalendarDays(today, -6), to: today };
    case 'thisMonth':
      return { from: `${today.slice(0, 8)}01`, to: today };
  }
}

/** The quick range the form's dates are exactly, if any (to mark its button as current). */
export function currentQuickRange(form: FilterForm, today: CivilDate): QuickRange | null {
  return (
    QUICK_RANGES.find((range) => {
      const days = quickRange(range, today);
      return days.from === form.from && days.to === form.to;
    }) ?? null
  );
}

/**
 * The query of a filled form, or the first problem in it. The 93-day limit is the hub's to say
 * (its message names it), so the screen does not keep a second copy of that number.
 */
export function queryOf(form: FilterForm): Result<ReportQuery, FilterProblem> {
  const from = parseCivilDate(form.from);
  if (from === null) return { ok: false, error: { field: 'from', problem: 'dateInvalid' } };
  const to = parseCivilDate(form.to);
  if (to === null) return { ok: false, error: { field: 'to', problem: 'dateInvalid' } };
  if (calendarDaysBetween(from, to) < 0) {
    return { ok: false, error: { field: 'to', problem: 'rangeInvalid' } };
  }
  if (form.hourTo <= form.hourFrom) {
    return { ok: false, error: { field: 'hourTo', problem: 'hoursInvalid' } };
  }
  // The lists' "all" is '' in the form and null in the query.
  const chosen = (id: string) => (id === '' ? null : id);
  return {
    ok: true,
    value: {
      from,
      to,
      serviceId: chosen(form.serviceId),
      windowId: chosen(form.windowId),
      clerkId: chosen(form.clerkId),
      hourFrom: form.hourFrom,
      hourTo: form.hourTo,
    },
  };
}
