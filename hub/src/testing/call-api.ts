import type { TestHub } from './start-test-hub';

/** A JSON answer of the hub: status and parsed body (null when the body is empty). */
export type ApiAnswer = { status: number; body: Record<string, unknown> | null };

/**
 * Calls `/api/v1{path}` of a test hub over real HTTP: POST when there is a body (JSON, or `raw`
 * text sent as is to test malformed JSON), GET otherwise; a bearer token when given.
 */
export async function callApi(
  hub: Pick<TestHub, 'url'>,
  path: string,
  init: { token?: string; body?: unknown; raw?: string } = {},
): Promise<ApiAnswer> {
  const hasBody = init.body !== undefined || init.raw !== undefined;
  const response = await fetch(`${hub.url}/api/v1${path}`, {
    method: hasBody ? 'POST' : 'GET',
    headers: {
      'content-type': 'application/json',
      ...(init.token ? { authorization: `Bearer ${init.token}` } : {}),
    },
    body: init.raw ?? (init.body === undefined ? undefined : JSON.stringify(init.body)),
  });
  const text = await response.text();
  return {
    status: response.status,
    body: text ? (JSON.parse(text) as Record<string, unknown>) : null,
  };
}
