import type { SessionStore } from '../staff-session';

/** How a ticket left this clerk's window. */
export type ServedEnd =
  | { kind: 'done'; outcome: string }
  | { kind: 'no-show' }
  | { kind: 'transferred'; to: { serviceId: string } | { windowId: string } };

/** One ticket this clerk finished, marked as not presented or transferred in this session. */
export type ServedEntry = {
  ticketId: string;
  number: string;
  serviceId: string;
  end: ServedEnd;
  /** Hub time (epoch ms) when it left the window. */
  endedAt: number;
  /** From "Iniciar atención" to the end; null when the attention never started. */
  serviceMs: number | null;
};

/**
 * The live state keeps only tickets still in the queue or at a window, so the session's list is
 * kept by the counter itself, from the hub's acknowledgements, in the same storage as the session
 * (it survives a reload or a restart of the app, and sign-out forgets it). It is a convenience for
 * the clerk, not a record: the ledger on the hub is the record.
 */
export type ServedLog = { officeDay: string; entries: readonly ServedEntry[] };

/** Newest first; a long day stays within a few kilobytes. */
export const SERVED_LOG_LIMIT = 200;

function storageKey(userId: string): string {
  return `cac.counter.served.${userId}`;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

function isEnd(value: unknown): value is ServedEnd {
  if (!isRecord(value)) return false;
  if (value['kind'] === 'done') return typeof value['outcome'] === 'string';
  if (value['kind'] === 'no-show') return true;
  if (value['kind'] !== 'transferred' || !isRecord(value['to'])) return false;
  return (
    typeof value['to']['serviceId'] === 'string' || typeof value['to']['windowId'] === 'string'
  );
}

function isEntry(value: unknown): value is ServedEntry {
  return (
    isRecord(value) &&
    typeof value['ticketId'] === 'string' &&
    typeof value['number'] === 'string' &&
    typeof value['serviceId'] === 'string' &&
    typeof value['endedAt'] === 'number' &&
    (value['serviceMs'] === null || typeof value['serviceMs'] === 'number') &&
    isEnd(value['end'])
  );
}

/**
 * The list kept for `userId`, or an empty one when there is none, it belongs to another office
 * day, or another version of the app wrote something unreadable.
 */
export function loadServedLog(
  store: SessionStore | null,
  userId: string,
  officeDay: string,
): ServedLog {
  const empty: ServedLog = { officeDay, entries: [] };
  try {
    const raw = store?.getItem(storageKey(userId));
    if (!raw) return empty;
    const parsed: unknown = JSON.parse(raw);
    if (!isRecord(parsed) || parsed['officeDay'] !== officeDay) return empty;
    const entries = parsed['entries'];
    return Array.isArray(entries) ? { officeDay, entries: entries.filter(isEntry) } : empty;
  } catch {
    return empty;
  }
}

/** Adds an entry (newest first, at most {@link SERVED_LOG_LIMIT}; a repeated ticket id is not doubled). */
export function withEntry(log: ServedLog, entry: ServedEntry): ServedLog {
  const rest = log.entries.filter((known) => known.ticketId !== entry.ticketId);
  return { officeDay: log.officeDay, entries: [entry, ...rest].slice(0, SERVED_LOG_LIMIT) };
}

/** Keeps the list; storage failures only cost the list after a reload. */
export function saveServedLog(store: SessionStore | null, userId: string, log: ServedLog): void {
  try {
    store?.setItem(storageKey(userId), JSON.stringify(log));
  } catch {
    // Full or disabled storage: the list lives on in memory until the page goes.
  }
}

/** Forgets the list (sign-out). */
export function clearServedLog(store: SessionStore | null, userId: string): void {
  try {
    store?.removeItem(storageKey(userId));
  } catch {
    // Nothing to forget.
  }
}
