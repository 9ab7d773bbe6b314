import { z } from 'zod';

/** What `POST /api/v1/auth/login` returns and the counter keeps for the tab's lifetime. */
export const StaffSessionSchema = z.object({
  token: z.string().min(8),
  user: z.object({
    id: z.string().min(1),
    name: z.string().min(1),
    role: z.enum(['clerk', 'supervisor', 'admin']),
  }),
});

/** A signed-in clerk, supervisor or admin. */
export type StaffSession = z.infer<typeof StaffSessionSchema>;

/** The storage the session lives in: `sessionStorage`, so it survives a reload but not the tab. */
export type SessionStore = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

const KEY = 'cac.counter.session';

/** The session kept by an earlier page load of this tab, if it is still well-formed. */
export function loadSession(store: SessionStore | null): StaffSession | null {
  try {
    const raw = store?.getItem(KEY);
    if (!raw) return null;
    const parsed = StaffSessionSchema.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : null;
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
