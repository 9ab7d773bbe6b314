import type { AppError, Result } from '@cac/shared/protocol';
import { readRefusal } from './staff-http';
import type { StaffSession } from './staff-session';
import { isStaffSession } from './staff-session';

/** A failed sign-in: the hub's coded refusal, or `null` when the hub could not be reached. */
export type LoginFailure = AppError | null;

/** The HTTP calls the counter makes outside the socket. */
export type StaffApi = {
  login(username: string, pin: string): Promise<Result<StaffSession, LoginFailure>>;
  /** Ends the session on the hub; best effort (the token is forgotten locally anyway). */
  logout(token: string): Promise<void>;
};

/** The staff API of the hub at `origin` (`POST /api/v1/auth/login`, `/auth/logout`). */
export function createStaffApi(origin: string, fetchFn: typeof fetch): StaffApi {
  return {
    async login(username, pin) {
      let response: Response;
      try {
        response = await fetchFn(`${origin}/api/v1/auth/login`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', accept: 'application/json' },
          body: JSON.stringify({ username, pin }),
        });
      } catch {
        return { ok: false, error: null };
      }
      const body: unknown = await response.json().catch(() => null);
      if (response.ok)
        return isStaffSession(body) ? { ok: true, value: body } : { ok: false, error: null };
      return { ok: false, error: readRefusal(body) };
    },
    async logout(token) {
      try {
        await fetchFn(`${origin}/api/v1/auth/logout`, {
          method: 'POST',
          headers: { authorization: `Bearer ${token}` },
        });
      } catch {
        // The hub also expires sessions by itself; the clerk must not be stuck signed in.
      }
    },
  };
}
