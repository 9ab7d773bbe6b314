/** What `POST /api/v1/auth/login` returns and the counter keeps for the tab's lifetime. */
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

/** The storage the session lives in: `sessionStorage`, so it survives a reload but not the tab. */
export type SessionStore = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

const KEY = 'cac.counter.session';

/** The session kept by an earlier page load of this tab, if it is still well-formed. */
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

/** Keeps the session so a reload (F5, a crashed tab restored) does not ask for the PIN again. */
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
