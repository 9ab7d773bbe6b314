import type { AdminConfigAnswer } from '@cac/shared/protocol';
import { loginToken } from '../testing/role-client';
import { startTestHub } from '../testing/start-test-hub';
import type { TestHub } from '../testing/start-test-hub';

/** A JSON answer of the hub: status and parsed body. */
export type ApiAnswer = { status: number; body: Record<string, unknown> };

/**
 * A small real-HTTP client of `/api/v1` for the administration tests: sends JSON (or a raw text)
 * with an optional bearer token and parses the JSON answer.
 */
export function apiClient(baseUrl: string) {
  async function call(
    method: string,
    path: string,
    options: { token?: string; body?: unknown; raw?: string } = {},
  ): Promise<ApiAnswer> {
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    if (options.token) headers['authorization'] = `Bearer ${options.token}`;
    const hasBody = method !== 'GET' && (options.raw !== undefined || 'body' in options);
    const response = await fetch(`${baseUrl}/api/v1${path}`, {
      method,
      headers,
      ...(hasBody ? { body: options.raw ?? JSON.stringify(options.body) } : {}),
    });
    const text = await response.text();
    return {
      status: response.status,
      body: text === '' ? {} : (JSON.parse(text) as Record<string, unknown>),
    };
  }
  return {
    call,
    /** `GET /admin/config` as an administrator, failing the test on anything but 200. */
    async config(token: string): Promise<AdminConfigAnswer> {
      const answer = await call('GET', '/admin/config', { token });
      if (answer.status !== 200) throw new Error(`GET /admin/config: ${JSON.stringify(answer)}`);
      return answer.body as unknown as AdminConfigAnswer;
    },
  };
}

/** The error code and message of an error answer. */
export function errorOf(answer: ApiAnswer): { code: string; message: string; details?: unknown } {
  return answer.body['error'] as { code: string; message: string; details?: unknown };
}

/** What an administration test works with: its own hub, a client of it, the admin's token. */
export type AdminHub = { hub: TestHub; api: ReturnType<typeof apiClient>; admin: string };

/**
 * Starts a fresh demo hub before each test of the file and logs its admin in; stops it after. Every
 * test changes the configuration, so none may see another's. Read the fields inside the tests.
 */
export function useAdminHub(): AdminHub {
  const session = {} as AdminHub;
  beforeEach(async () => {
    session.hub = await startTestHub();
    session.api = apiClient(session.hub.url);
    session.admin = await loginToken(session.hub.url, 'admin');
  });
  afterEach(async () => {
    await session.hub.close();
  });
  return session;
}
