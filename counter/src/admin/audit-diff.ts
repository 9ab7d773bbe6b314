/** One field that changed, as the audit shows it: where, and its value before and after. */
export type FieldChange = { path: string; before: string; after: string };

/** Shown for an absent value (a field added or removed). */
export const ABSENT = '—';

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isPrimitive(value: unknown): boolean {
  return value === null || ['string', 'number', 'boolean'].includes(typeof value);
}

/** A value in a line of text: lists of words joined, objects as compact JSON, long ones cut. */
export function renderValue(value: unknown): string {
  if (value === undefined || value === null) return ABSENT;
  if (typeof value === 'string') return value === '' ? '""' : value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value) && value.every(isPrimitive)) {
    return value.length === 0 ? '[]' : value.map(renderValue).join(', ');
  }
  const json = JSON.stringify(value);
  return json.length > 120 ? `${json.slice(0, 117)}…` : json;
}

/** Items of a list keyed by their `id` when every item has one (services, windows, users). */
function byId(list: readonly unknown[]): Map<string, unknown> | null {
  const map = new Map<string, unknown>();
  for (const item of list) {
    if (!isRecord(item) || typeof item['id'] !== 'string') return null;
    map.set(item['id'], item);
  }
  return map;
}

function join(path: string, key: string): string {
  return path === '' ? key : `${path}.${key}`;
}

/**
 * The fields that differ between two versions of a section, deepest first-level: objects are
 * compared key by key, lists of things with an id by id (`services[orientacion].name`), other
 * lists by position, and lists of plain values as a whole (the announcements, the holidays).
 */
export function diffValues(before: unknown, after: unknown, path = ''): FieldChange[] {
  if (JSON.stringify(before) === JSON.stringify(after)) return [];
  // Something created or deleted (a user, a device): its fields one by one, not one JSON blob.
  if (before == null && isRecord(after)) return diffValues({}, after, path);
  if (after == null && isRecord(before)) return diffValues(before, {}, path);
  if (isRecord(before) && isRecord(after)) {
    const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])];
    return keys.flatMap((key) => diffValues(before[key], after[key], join(path, key)));
  }
  if (Array.isArray(before) && Array.isArray(after)) {
    if (before.every(isPrimitive) && after.every(isPrimitive)) {
      return [{ path: path || '·', before: renderValue(before), after: renderValue(after) }];
    }
    const old = byId(before);
    const now = byId(after);
    if (old && now) {
      const ids = [...new Set([...old.keys(), ...now.keys()])];
      return ids.flatMap((id) => diffValues(old.get(id), now.get(id), `${path}[${id}]`));
    }
    const length = Math.max(before.length, after.length);
    return Array.from({ length }, (_, i) =>
      diffValues(before[i], after[i], `${path}[${i}]`),
    ).flat();
  }
  return [{ path: path || '·', before: renderValue(before), after: renderValue(after) }];
}
