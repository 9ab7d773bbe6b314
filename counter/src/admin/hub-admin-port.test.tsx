import { createStaffHttp } from '../staff-http';
import { hubAdminPort } from './hub-admin-port';

type Sent = { url: string; method: string; body: unknown; auth: string | null };

/** A fetch that records the requests and answers each with the next of `answers`. */
function fakeFetch(answers: { status: number; body: unknown }[]): {
  fetch: typeof fetch;
  sent: Sent[];
} {
  const sent: Sent[] = [];
  const fetchFn = (async (input: RequestInfo | URL, init?: RequestInit) => {
    const headers = new Headers(init?.headers);
    sent.push({
      url: String(input),
      method: init?.method ?? 'GET',
      body: typeof init?.body === 'string' ? JSON.parse(init.body) : undefined,
      auth: headers.get('authorization'),
    });
    const answer = answers.shift() ?? { status: 500, body: null };
    return new Response(JSON.stringify(answer.body), { status: answer.status });
  }) as typeof fetch;
  return { fetch: fetchFn, sent };
}

const ANSWER = { revision: 'r2', config: { services: [] } };

describe('hubAdminPort', () => {
  it('saves a section with PUT and the revision, as the bearer', async () => {
    const { fetch, sent } = fakeFetch([{ status: 200, body: ANSWER }]);
    const port = hubAdminPort(createStaffHttp('http://hub', 'tok', fetch));
    const result = await port.saveSection('services', { revision: 'r1', value: [] });
    expect(result).toEqual({ ok: true, value: ANSWER });
    expect(sent).toEqual([
      {
        url: 'http://hub/api/v1/admin/config/services',
        method: 'PUT',
        body: { revision: 'r1', value: [] },
        auth: 'Bearer tok',
      },
    ]);
  });

  it('passes on the hub refusal with its issue lines', async () => {
    const { fetch } = fakeFetch([
      {
        status: 400,
        body: {
          error: {
            code: 'INVALID_PAYLOAD',
            message: 'La configuración no es válida.',
            details: {
              issues: ['services[0].prefix: El prefijo debe ser una o dos letras mayúsculas.'],
            },
          },
        },
      },
    ]);
    const port = hubAdminPort(createStaffHttp('http://hub', 'tok', fetch));
    expect(await port.saveSection('services', { revision: 'r1', value: [] })).toEqual({
      ok: false,
      error: {
        code: 'INVALID_PAYLOAD',
        message: 'La configuración no es válida.',
        issues: ['services[0].prefix: El prefijo debe ser una o dos letras mayúsculas.'],
      },
    });
  });

  it('reads the configuration again when a change answers without it', async () => {
    const { fetch, sent } = fakeFetch([
      { status: 200, body: { ok: true } },
      { status: 200, body: ANSWER },
    ]);
    const port = hubAdminPort(createStaffHttp('http://hub', 'tok', fetch));
    expect(await port.resetPin('clerk 1', { pin: '1234' })).toEqual({ ok: true, value: ANSWER });
    expect(sent.map((s) => `${s.method} ${s.url}`)).toEqual([
      'POST http://hub/api/v1/admin/users/clerk%201/pin',
      'GET http://hub/api/v1/admin/config',
    ]);
  });

  it('says the hub could not be reached', async () => {
    const failing = (async () => {
      throw new TypeError('network');
    }) as typeof fetch;
    const port = hubAdminPort(createStaffHttp('http://hub', 'tok', failing));
    expect(await port.loadAudit(50)).toEqual({ ok: false, error: null });
  });
});
