import { parseCivilDate, parseSoles } from '@cac/shared/domain';
import type { AdminMessageKey } from './admin-messages.es';

// Checks made where the administrator types, before anything is sent: each returns the catalog key
// of the problem in plain words, or null. They mirror the hub's office-config schema, which stays
// the judge (its refusals are shown too); these only spare a round trip and say it next to the field.

/** A problem's sentence key, or null when the value is fine. */
export type Check = AdminMessageKey | null;

const PREFIX = /^[A-Z]{1,2}$/;
const COLOUR = /^#[0-9A-Fa-f]{6}$/;
const HH_MM = /^(?:[01]\d|2[0-3]):[0-5]\d$/;
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const USERNAME = /^[a-z0-9]+(?:[._-][a-z0-9]+)*$/;
const PIN = /^\d{4,8}$/;
const YEAR = /^\d{4}$/;
const PERCENT = /^\d{1,3}(?:\.\d{1,4})?$/;
const WHOLE = /^\d+$/;

export function checkRequired(value: string): Check {
  return value.trim() === '' ? 'admin.check.required' : null;
}

export function checkPrefix(value: string): Check {
  return PREFIX.test(value) ? null : 'admin.check.prefix';
}

export function checkColour(value: string): Check {
  return COLOUR.test(value) ? null : 'admin.check.colour';
}

/** A whole number typed in a text field, within `min`–`max`; else `problem`. */
export function checkWhole(
  value: string,
  min: number,
  max: number,
  problem: AdminMessageKey,
): Check {
  const trimmed = value.trim();
  if (!WHOLE.test(trimmed)) return problem;
  const number = Number(trimmed);
  return number >= min && number <= max ? null : problem;
}

/** SLA target: whole minutes, 1 to 600. */
export function checkSlaMinutes(value: string): Check {
  return checkWhole(value, 1, 600, 'admin.check.minutes');
}

/** Estimated service time: minutes above zero (decimals allowed), at most 480. */
export function checkServiceMinutes(value: string): Check {
  const number = Number(value.trim().replace(',', '.'));
  return value.trim() !== '' && Number.isFinite(number) && number > 0 && number <= 480
    ? null
    : 'admin.check.serviceMinutes';
}

export function checkTime(value: string): Check {
  return HH_MM.test(value.trim()) ? null : 'admin.check.time';
}

export function checkDate(value: string): Check {
  return parseCivilDate(value.trim()) === null ? 'admin.check.date' : null;
}

export function checkYear(value: string): Check {
  return YEAR.test(value.trim()) ? null : 'admin.check.year';
}

export function checkSlug(value: string): Check {
  return SLUG.test(value) && value.length <= 40 ? null : 'admin.check.slug';
}

export function checkUsername(value: string): Check {
  return USERNAME.test(value) && value.length <= 32 ? null : 'admin.check.username';
}

export function checkPin(value: string): Check {
  return PIN.test(value) ? null : 'admin.check.pin';
}

/** The PIN typed a second time; only checked once the first is well formed. */
export function checkPinRepeat(pin: string, repeat: string): Check {
  return pin === repeat ? null : 'admin.check.pinMismatch';
}

export function checkPercent(value: string): Check {
  return PERCENT.test(value.trim()) ? null : 'admin.check.percent';
}

export function checkUrl(value: string): Check {
  if (value.trim() === '') return null;
  try {
    const url = new URL(value.trim());
    return url.protocol === 'http:' || url.protocol === 'https:' ? null : 'admin.check.url';
  } catch {
    return 'admin.check.url';
  }
}

/**
 * An amount in soles as people type it (`5500`, `5,500.00`, `S/ 5 500`): céntimos, or null. Spaces
 * between digits are allowed because that is how the UIT is often written in decrees.
 */
export function readSoles(text: string): number | null {
  const parsed = parseSoles(text.replace(/(\d)\s+(?=\d)/g, '$1'));
  return parsed.ok && parsed.value > 0 ? parsed.value : null;
}

export function checkSoles(value: string): Check {
  return readSoles(value) === null ? 'admin.check.soles' : null;
}

/** A positive number (a service's weight); decimals with a point or a comma. */
export function readPositive(value: string): number | null {
  const number = Number(value.trim().replace(',', '.'));
  return value.trim() !== '' && Number.isFinite(number) && number > 0 ? number : null;
}

/** An identifier made from a name: "Orientación al ciudadano" → `orientacion-al-ciudadano`. */
export function slugify(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40)
    .replace(/-+$/g, '');
}

/** `base`, or `base-2`, `base-3`, … the first not in `taken`. */
export function uniqueSlug(base: string, taken: ReadonlySet<string>): string {
  const root = base === '' ? 'nuevo' : base;
  if (!taken.has(root)) return root;
  for (let n = 2; ; n += 1) {
    const candidate = `${root.slice(0, 36)}-${n}`;
    if (!taken.has(candidate)) return candidate;
  }
}
