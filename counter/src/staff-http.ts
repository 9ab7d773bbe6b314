import { createContext, useContext } from 'react';
import { ERROR_CODES } from '@cac/shared/protocol';
import type { AppError, ErrorCode, Result } from '@cac/shared/protocol';

/**
 * The hub's REST API as the signed-in staff member (`Authorization: Bearer <token>`), for the
 * screens that read or change more than the socket carries: reports, administration. A refusal is
 * the hub's coded Spanish error; `null` means the hub could not be reached.
 */
export type StaffHttp = {
  get(path: string): Promise<Result<unknown, AppError | null>>;
  send(
    method: 'POST' | 'PUT' | 'PATCH' | 'DELETE',
    path: string,
    body?: unknown,
  ): Promise<Result<unknown, AppError | null>>;
  /**
   * A file the hub makes (a CSV export) as a Blob, to offer as a download: fetched with the
   * bearer header, because a token in a link's address would end up in logs and history.
   */
  download(path: string): Promise<Result<Blob, AppError | null>>;
};

/** The `{ error: { code, message } }` body of a refused request (API.md), or null. */
export function readRefusal(body: unknown): AppError | null {
  if (typeof body !== 'object' || body === null || !('error' in body)) return null;
  const { error } = body;
  if (typeof error !== 'object' || error === null) return null;
  if (!('code' in error) || !('message' in error) || typeof error.message !== 'string') return null;
  const code = ERROR_CODES.find((known: ErrorCode) => known === error.code);
  const details =
    'details' in error && typeof error.details === 'object' && error.details !== null
      ? { details: error.details as Readonly<Record<string, unknown>> }
      : {};
  return code ? { code, message: error.message, ...details } : null;
}

/** {@link StaffHttp} against the hub at `origin` (`/api/v1/...` paths are given without the base). */
export function createStaffHttp(origin: string, token: string, fetchFn: typeof fetch): StaffHttp {
  async function call(
    method: string,
    path: string,
    body?: unknown,
  ): Promise<Result<unknown, AppError | null>> {
    let response: Response;
    try {
      response = await fetchFn(`${origin}/api/v1${path}`, {
        method,
        headers: {
          authorization: `Bearer ${token}`,
          accept: 'application/json',
          ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      });
    } catch {
      return { ok: false, error: null };
    }
    const parsed: unknown = await response.json().catch(() => null);
    return response.ok ? { ok: true, value: parsed } : { ok: false, error: readRefusal(parsed) };
  }
  return {
    get: (path) => call('GET', path),
    send: (method, path, body) => call(method, path, body),
    async download(path) {
      let response: Response;
      try {
        response = await fetchFn(`${origin}/api/v1${path}`, {
          headers: { authorization: `Bearer ${token}` },
        });
      } catch {
        return { ok: false, error: null };
      }
      if (!response.ok) {
        const parsed: unknown = await response.json().catch(() => null);
        return { ok: false, error: readRefusal(parsed) };
      }
      return { ok: true, value: await response.blob() };
    },
  };
}

const StaffHttpContext = createContext<StaffHttp | null>(null);

/** Gives the screens below the signed-in staff member's {@link StaffHttp}. */
export const StaffHttpProvider = StaffHttpContext.Provider;

/** The {@link StaffHttp} of the session; throws outside a {@link StaffHttpProvider}. */
export function useStaffHttp(): StaffHttp {
  const http = useContext(StaffHttpContext);
  if (!http) throw new Error('useStaffHttp needs a StaffHttpProvider above it.');
  return http;
}
