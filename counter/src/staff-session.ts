/** What `POST /api/v1/auth/login` returns and the counter keeps until sign-out. */
export type StaffSession = {
  token: string;
  user: { id: string; name: string; role: 'clerk' | 'supervisor' | 'admin' };
};

const STAFF_ROLES: readonly unknown[] = ['clerk', 'supervisor', 'admin'];

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

/**
 * Checks data from outside (the hub's answer, storage another version of the app wrote) before it
 * is trusted. Hand-written because the counter's own dependencies are React and the shared package.
 */
export function isStaffSession(value: unknown): value is StaffSession {
  if (!isRecord(value) || typeof value['token'] !== 'string' || value['token'].length < 8)
    return false;
  const user = value['user'];
  return (
    isRecord(user) &&
    typeof user['id'] === 'string' &&
    typeof user['name'] === 'string' &&
    STAFF_ROLES.includes(user['role'])
  );
}

/**
 * The storage the session lives in: `localStorage` in the app, so it survives a reload and a
 * restart of the app; sign-out (or the hub refusing the token) clears it.
 */
export type SessionStore = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

const KEY = 'cac.counter.session';

/** The session kept by an earlier page load, if it is still well-formed. */
export function loadSession(store: SessionStore | null): StaffSession | null {
  try {
    const raw = store?.getItem(KEY);
    if (!raw) return null;
    const parsed: unknown = JSON.parse(raw);
    return isStaffSession(parsed) ? parsed : null;
  } catch {
    // Unreadable or disabled storage: ask to sign in again rather than fail.
    return null;
  }
}

/** Keeps the session so a reload or a restart of the app does not ask for the PIN again. */
export function saveSession(store: SessionStore | null, session: StaffSession): void {
  try {
    store?.setItem(KEY, JSON.stringify(session));
  } catch {
    // Without storage the session simply ends with the page.
  }
}

/** Forgets the session (sign-out, or the hub no longer accepts the token). */
export function clearSession(store: SessionStore | null): void {
  try {
    store?.removeItem(KEY);
  } catch {
    // Nothing to forget.
  }
}
