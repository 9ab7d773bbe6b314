import type { ExpedienteNumber } from '@cac/shared/domain';
import { ExpedienteLookupSchema, expedienteLookupPath } from '@cac/shared/protocol';
import type { ExpedienteLookupView } from '@cac/shared/protocol';

/** How a lookup went, in the terms the citizen's screen needs. */
export type LookupOutcome =
  | { kind: 'found'; expediente: ExpedienteLookupView }
  /**
   * No expediente with that number and key. The hub answers a wrong key exactly like a wrong
   * number (on purpose: the answer must not tell which one exists), and a 400 means the same to
   * the citizen: what they typed does not match a cargo.
   */
  | { kind: 'not-found' }
  /** Too many attempts from here (429): the hub slows down whoever is guessing keys. */
  | { kind: 'rate-limited' }
  /** The hub could not be reached, took too long, failed (5xx) or answered something unreadable. */
  | { kind: 'failed' };

/** The kiosk's one HTTP call outside the socket. */
export type ExpedienteLookupApi = {
  /** Looks up `number` with its access key (8 digits, no hyphen). Never throws. */
  find(number: ExpedienteNumber, accessKey: string, signal?: AbortSignal): Promise<LookupOutcome>;
};

/** A lookup that takes longer than this is reported as failed: the citizen is standing there. */
const TIMEOUT_MS = 10_000;

/**
 * The lookup of the hub at `origin` (`GET /api/v1/expedientes/{number}?k={key}`), through
 * `fetchFn` (the browser's in `main.tsx`, a fake in tests). The answer is read with the shared
 * schema, the same one the hub shapes it with.
 */
export function createExpedienteLookupApi(
  origin: string,
  fetchFn: typeof fetch,
  timeoutMs = TIMEOUT_MS,
): ExpedienteLookupApi {
  return {
    async find(number, accessKey, signal) {
      // A pulled cable can leave a request hanging for minutes; give up on our own clock.
      const controller = new AbortController();
      const timer = setTimeout(() => controller.abort(), timeoutMs);
      const stop = (): void => controller.abort();
      signal?.addEventListener('abort', stop);
      try {
        const response = await fetchFn(`${origin}${expedienteLookupPath(number, accessKey)}`, {
          headers: { accept: 'application/json' },
          signal: controller.signal,
        });
        if (response.status === 404 || response.status === 400) return { kind: 'not-found' };
        if (response.status === 429) return { kind: 'rate-limited' };
        if (!response.ok) return { kind: 'failed' };
        const parsed = ExpedienteLookupSchema.safeParse(await response.json());
        return parsed.success ? { kind: 'found', expediente: parsed.data } : { kind: 'failed' };
      } catch {
        return { kind: 'failed' };
      } finally {
        clearTimeout(timer);
        signal?.removeEventListener('abort', stop);
      }
    },
  };
}

/** Without a provider: every lookup fails visibly rather than asking some unknown address. */
export const NO_EXPEDIENTE_LOOKUP: ExpedienteLookupApi = {
  find: () => Promise.resolve({ kind: 'failed' }),
};
