// A .tsx file although it has no JSX: the `ui` test project collects kiosk tests as *.test.tsx.
import {
  createFakeFetch,
  errorResponse,
  jsonResponse,
  networkFailure,
} from '../test-support/fake-fetch';
import { sampleExpediente } from '../test-support/sample-expediente';
import { createExpedienteLookupApi } from './expediente-lookup-api';

const NUMBER = { year: 2026, sequence: 123 };

describe('expediente lookup over HTTP', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('asks the hub for the canonical number and the key’s digits, and reads the answer', async () => {
    const fetch = createFakeFetch(() => jsonResponse(200, sampleExpediente()));
    const api = createExpedienteLookupApi('http://hub.test', fetch);

    const outcome = await api.find(NUMBER, '48210937');

    expect(fetch.requests).toEqual(['/api/v1/expedientes/EXP-2026-000123?k=48210937']);
    expect(outcome).toEqual({ kind: 'found', expediente: sampleExpediente() });
  });

  it('keeps nothing the hub should not have sent', async () => {
    const fetch = createFakeFetch(() =>
      jsonResponse(200, { ...sampleExpediente(), applicant: { dni: '10117410' } }),
    );
    const outcome = await createExpedienteLookupApi('', fetch).find(NUMBER, '48210937');
    expect(outcome.kind === 'found' && outcome.expediente).not.toHaveProperty('applicant');
  });

  it.each([
    ['a wrong number or key (404)', () => errorResponse(404, 'EXPEDIENTE_NOT_FOUND'), 'not-found'],
    ['today’s hub, which says NOT_FOUND', () => errorResponse(404, 'NOT_FOUND'), 'not-found'],
    ['a refused key format (400)', () => errorResponse(400, 'VALIDATION_FAILED'), 'not-found'],
    ['too many attempts (429)', () => errorResponse(429, 'RATE_LIMITED'), 'rate-limited'],
    ['a failing hub (500)', () => errorResponse(500, 'INTERNAL'), 'failed'],
    [
      'a proxy without the hub (502, no JSON)',
      () => new Response('Bad Gateway', { status: 502 }),
      'failed',
    ],
    ['an unexpected refusal (401)', () => errorResponse(401, 'UNAUTHENTICATED'), 'failed'],
    ['no connection', networkFailure, 'failed'],
    ['a 200 that is not JSON', () => new Response('<html>', { status: 200 }), 'failed'],
    [
      'a 200 with a state the kiosk does not know',
      () => jsonResponse(200, { ...sampleExpediente(), status: 'impugnado' }),
      'failed',
    ],
  ])('reports %s', async (_case, responder, kind) => {
    const outcome = await createExpedienteLookupApi('', createFakeFetch(responder)).find(
      NUMBER,
      '48210937',
    );
    expect(outcome).toEqual({ kind });
  });

  it('gives up on a hub that does not answer', async () => {
    vi.useFakeTimers();
    const fetch = createFakeFetch(() => new Promise<Response>(() => undefined));
    const pending = createExpedienteLookupApi('', fetch, 10_000).find(NUMBER, '48210937');

    await vi.advanceTimersByTimeAsync(10_000);

    await expect(pending).resolves.toEqual({ kind: 'failed' });
  });

  it('stops asking when the caller aborts', async () => {
    const fetch = createFakeFetch(() => new Promise<Response>(() => undefined));
    const controller = new AbortController();
    const pending = createExpedienteLookupApi('', fetch).find(
      NUMBER,
      '48210937',
      controller.signal,
    );
    controller.abort();
    await expect(pending).resolves.toEqual({ kind: 'failed' });
  });
});
