import type { ExpedienteState } from '@cac/shared/domain';
import {
  calendarDaysBetween,
  formatExpedienteNumber,
  parseCivilDate,
  readTypedExpedienteNumber,
} from '@cac/shared/domain';
import type { ExpedienteFindPayload } from './expediente-port';

/** The search form as typed. */
export type SearchForm = {
  number: string;
  document: string;
  /** '' for any state. */
  state: ExpedienteState | '';
  /** `YYYY-MM-DD` from a date field, or ''. */
  from: string;
  to: string;
};

/** An empty form: the newest expedientes. */
export const EMPTY_SEARCH: SearchForm = { number: '', document: '', state: '', from: '', to: '' };

/** A field of the form that cannot be sent as typed. */
export type SearchProblem = 'numberInvalid' | 'documentInvalid' | 'dateInvalid' | 'rangeInvalid';

/** What to send, or what to fix first (per field). */
export type SearchQuery =
  | { ok: true; payload: ExpedienteFindPayload }
  | { ok: false; problems: Partial<Record<keyof SearchForm, SearchProblem>> };

// A DNI with its check character ("10117410-2", "10117410 G") searches as its eight digits; nine
// digits without a hyphen are a carné de extranjería, not a DNI and its check digit.
const DNI_WITH_CHECK = /^(\d{8})(?:-[0-9A-K]|[A-K])$/;
// DNI (8 digits), carné de extranjería (9 to 12 letters or digits), RUC (11 digits).
const DOCUMENT = /^[0-9A-Z]{8,12}$/;

/** The applicant's document as the hub keeps it, or null when it cannot be one. */
export function readTypedDocument(typed: string): string | null {
  const compact = typed.toUpperCase().replace(/[\s.]/g, '');
  const withCheck = DNI_WITH_CHECK.exec(compact);
  if (withCheck) return withCheck[1] ?? null;
  return DOCUMENT.test(compact) ? compact : null;
}

/**
 * The `expediente:find` payload for a form: the number in its canonical form whatever way it was
 * typed (`123-2026`, `N° 123-2026-MPC`…), the document without spaces, the dates as given; empty
 * fields are left out.
 */
export function searchQuery(form: SearchForm): SearchQuery {
  const problems: Partial<Record<keyof SearchForm, SearchProblem>> = {};
  const payload: ExpedienteFindPayload = {};
  if (form.number.trim() !== '') {
    const number = readTypedExpedienteNumber(form.number);
    if (number) payload.number = formatExpedienteNumber(number);
    else problems.number = 'numberInvalid';
  }
  if (form.document.trim() !== '') {
    const document = readTypedDocument(form.document);
    if (document) payload.document = document;
    else problems.document = 'documentInvalid';
  }
  if (form.state !== '') payload.state = form.state;
  for (const field of ['from', 'to'] as const) {
    if (form[field] === '') continue;
    const date = parseCivilDate(form[field]);
    if (date) payload[field] = date;
    else problems[field] = 'dateInvalid';
  }
  if (payload.from && payload.to && calendarDaysBetween(payload.from, payload.to) < 0) {
    problems.to = 'rangeInvalid';
  }
  return Object.keys(problems).length > 0 ? { ok: false, problems } : { ok: true, payload };
}
