/** Answers one request of the fake: a response, or a rejection for a network failure. */
export type FakeResponder = (url: URL) => Response | Promise<Response>;

/** A `fetch` for component tests: it records what was asked and answers as the test says. */
export type FakeFetch = typeof fetch & {
  /** Every address asked so far (path and query), oldest first. */
  readonly requests: readonly string[];
  /** How the next requests are answered (a 404 until told otherwise). */
  answer(responder: FakeResponder): void;
};

/** A JSON answer with `status`, as the hub sends it. */
export function jsonResponse(status: number, body: unknown): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json' },
  });
}

/** The hub's refusal body (`{"error":{"code","message"}}`). */
export function errorResponse(status: number, code: string, message = 'Error.'): Response {
  return jsonResponse(status, { error: { code, message } });
}

/** What the browser's fetch does when the hub cannot be reached. */
export function networkFailure(): Promise<Response> {
  return Promise.reject(new TypeError('Failed to fetch'));
}

/**
 * A fake fetch. Like the real one it gives up when its request's signal aborts, so a lookup the
 * citizen walked away from (or that took too long) ends the way it would in a browser.
 */
export function createFakeFetch(
  responder: FakeResponder = () => errorResponse(404, 'EXPEDIENTE_NOT_FOUND'),
): FakeFetch {
  let respond = responder;
  const requests: string[] = [];
  const fake = (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    // A relative address is asked of the page's own origin, as in a browser.
    const url = new URL(input instanceof Request ? input.url : String(input), 'http://hub.test');
    requests.push(`${url.pathname}${url.search}`);
    const signal = init?.signal;
    return new Promise<Response>((resolve, reject) => {
      const abort = (): void => reject(new DOMException('Aborted', 'AbortError'));
      if (signal?.aborted) return abort();
      signal?.addEventListener('abort', abort);
      Promise.resolve()
        .then(() => respond(url))
        .then(resolve, reject)
        .finally(() => signal?.removeEventListener('abort', abort));
    });
  };
  return Object.assign(fake, {
    requests,
    answer(next: FakeResponder) {
      respond = next;
    },
  });
}
