import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { AppError, SyncDelta } from '@cac/shared/protocol';
import { LIMA_MORNING, callApi, connectRole, loginToken, startTestHub } from './testing';
import type { RoleClient, TestHub } from './testing';

let hub: TestHub;
const open: RoleClient[] = [];

const api = (path: string, init: Parameters<typeof callApi>[2] = {}) => callApi(hub, path, init);

async function role(namespace: 'kiosk' | 'display' | 'counter' | 'admin', token: string) {
  const client = await connectRole(hub.url, namespace, token);
  open.push(client);
  return client;
}

const hasEvent = (type: string) => (delta: SyncDelta) => delta.events.some((e) => e.type === type);

beforeEach(async () => {
  hub = await startTestHub();
});
afterEach(async () => {
  for (const client of open.splice(0)) client.close();
  await hub.close();
});

describe('HTTP basics', () => {
  it('reports health with the Lima office day and serves an OpenAPI 3.1 document', async () => {
    const health = await api('/health');
    expect(health).toEqual({
      status: 200,
      body: { status: 'ok', version: '0.1.0', officeDay: '2026-11-23' },
    });
    const doc = await api('/openapi.json');
    expect(doc.body?.['openapi']).toBe('3.1.0');
    expect(Object.keys(doc.body?.['paths'] as object)).toContain('/windows/{windowId}/call-next');
  });

  it('lists the five demo services with empty queues', async () => {
    const services = await api('/services');
    expect(
      (services.body as unknown as { prefix: string; waiting: number }[]).map((s) => s.prefix),
    ).toEqual(['R', 'L', 'M', 'T', 'O']);
  });

  it('answers unknown routes, bad JSON and oversized bodies with coded Spanish errors', async () => {
    expect(await api('/nope')).toMatchObject({
      status: 404,
      body: { error: { code: 'NOT_FOUND' } },
    });
    const bad = await api('/auth/login', { raw: '{"username":' });
    expect(bad).toMatchObject({ status: 400, body: { error: { code: 'INVALID_PAYLOAD' } } });
    const huge = await api('/auth/login', { body: { username: 'x'.repeat(20000), pin: '1234' } });
    expect(huge).toMatchObject({ status: 413, body: { error: { code: 'PAYLOAD_TOO_LARGE' } } });
    expect((huge.body?.['error'] as AppError).message).toMatch(/[a-záéíóú]/);
  });

  it('sends security headers', async () => {
    const response = await fetch(`${hub.url}/api/v1/health`);
    expect(response.headers.get('content-security-policy')).toContain("default-src 'self'");
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('x-powered-by')).toBeNull();
  });
});

describe('staff login', () => {
  it('gives a token for the right PIN and a Spanish refusal for a wrong one', async () => {
    const good = await api('/auth/login', { body: { username: 'clerk1', pin: '1234' } });
    expect(good.status).toBe(200);
    expect(good.body?.['user']).toMatchObject({ id: 'clerk1', role: 'clerk' });
    const wrong = await api('/auth/login', { body: { username: 'clerk1', pin: '9999' } });
    expect(wrong).toMatchObject({ status: 401, body: { error: { code: 'INVALID_CREDENTIALS' } } });
  });

  it('locks the account after repeated failures, even for the right PIN', async () => {
    for (let attempt = 0; attempt < 4; attempt += 1) {
      expect((await api('/auth/login', { body: { username: 'clerk2', pin: '0000' } })).status).toBe(
        401,
      );
    }
    const fifth = await api('/auth/login', { body: { username: 'clerk2', pin: '0000' } });
    expect(fifth).toMatchObject({ status: 429, body: { error: { code: 'ACCOUNT_LOCKED' } } });
    const right = await api('/auth/login', { body: { username: 'clerk2', pin: '1234' } });
    expect(right).toMatchObject({ status: 429, body: { error: { code: 'ACCOUNT_LOCKED' } } });
  });
});

describe('one path for every command', () => {
  it('a kiosk ticket over the socket reaches displays as the next sequence number', async () => {
    const display = await role('display', 'demo-display-key');
    const kiosk = await role('kiosk', 'demo-kiosk-key');
    const result = await kiosk.command('ticket:take', {
      serviceId: 'registro-civil',
      category: 'senior',
    });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.issued).toMatchObject({ number: 'R-001', status: 'waiting', position: 0 });
    const delta = await display.waitForDelta(hasEvent('ticket:issued'));
    expect(delta.seq).toBe(display.snapshot.seq + 1);
  });

  it('commands committed together reach a display as one message covering their seqs, in order', async () => {
    const display = await role('display', 'demo-display-key');
    const kiosk = await role('kiosk', 'demo-kiosk-key');
    const results = await Promise.all(
      ['registro-civil', 'tributos', 'licencias'].map((serviceId) =>
        kiosk.command('ticket:take', { serviceId }),
      ),
    );
    expect(results.every((result) => result.ok)).toBe(true);
    const seqs = results.map((result) => (result.ok ? result.value.seq : 0));
    const last = Math.max(...seqs);
    await display.waitForDelta((delta) => delta.seq === last);
    const covered = display.deltas.flatMap((delta) =>
      Array.from(
        { length: delta.seq - (delta.fromSeq ?? delta.seq) + 1 },
        (_, i) => (delta.fromSeq ?? delta.seq) + i,
      ),
    );
    expect(covered).toEqual([
      display.snapshot.seq + 1,
      display.snapshot.seq + 2,
      display.snapshot.seq + 3,
    ]);
    expect(display.deltas.flatMap((delta) => delta.events.map((event) => event.type))).toEqual([
      'ticket:issued',
      'ticket:issued',
      'ticket:issued',
    ]);
  });

  it('a REST call-next is persisted, answered and announced on every display', async () => {
    const displays = [
      await role('display', 'demo-display-key'),
      await role('display', 'demo-display-key'),
    ];
    const token = await loginToken(hub.url, 'clerk1');
    await api('/tickets', { token: 'demo-kiosk-key', body: { serviceId: 'registro-civil' } });
    expect((await api('/windows/ventanilla-1/open', { token, body: {} })).status).toBe(200);
    const call = await api('/windows/ventanilla-1/call-next', { token, body: {} });
    expect(call.status).toBe(200);
    expect(call.body?.['ticket']).toMatchObject({
      number: 'R-001',
      status: 'called',
      windowId: 'ventanilla-1',
    });
    for (const display of displays) {
      const delta = await display.waitForDelta(hasEvent('ticket:called'));
      expect(delta.events[0]).toMatchObject({ type: 'ticket:called', windowId: 'ventanilla-1' });
    }
    const again = await api('/windows/ventanilla-1/call-next', { token, body: {} });
    expect(again).toMatchObject({ status: 409, body: { error: { code: 'WINDOW_BUSY' } } });
    const queue = await api('/queue', { token });
    expect((queue.body?.['tickets'] as unknown[]).length).toBe(1);
  });

  it('returns the first ticket for a repeated requestId, over REST and over the socket', async () => {
    const body = { serviceId: 'tributos', requestId: 'req-0001-abcdef' };
    const first = await api('/tickets', { token: 'demo-kiosk-key', body });
    const second = await api('/tickets', { token: 'demo-kiosk-key', body });
    expect(first.status).toBe(201);
    expect(second.status).toBe(200);
    expect(second.body?.['id']).toBe(first.body?.['id']);
    const kiosk = await role('kiosk', 'demo-kiosk-key');
    const viaSocket = await kiosk.command('ticket:take', body);
    expect(viaSocket.ok && viaSocket.value.issued?.id).toBe(first.body?.['id']);
    const services = await api('/services');
    const tributos = (services.body as unknown as { id: string; waiting: number }[]).find(
      (s) => s.id === 'tributos',
    );
    expect(tributos?.waiting).toBe(1);
  });

  it('shows a ticket to whoever holds its key, and to nobody else', async () => {
    const taken = await api('/tickets', {
      token: 'demo-kiosk-key',
      body: { serviceId: 'licencias' },
    });
    const { id, accessKey, statusUrl } = taken.body as {
      id: string;
      accessKey: string;
      statusUrl: string;
    };
    const status = await api(`/tickets/${id}?k=${accessKey}`);
    expect(status.body).toEqual({
      number: 'L-001',
      serviceName: 'Licencias de Funcionamiento',
      status: 'waiting',
      position: 0,
      window: null,
      calledAt: null,
    });
    // The QR code opens a page for phones: Spanish, the number and the turn, nothing personal.
    expect(statusUrl).toBe(`/estado/${id}?k=${accessKey}`);
    const page = await fetch(`${hub.url}${statusUrl}`);
    expect(page.headers.get('content-type')).toContain('text/html');
    const html = await page.text();
    expect(html).toContain('<html lang="es">');
    expect(html).toContain('L-001');
    expect(html).toContain('Usted es el siguiente.');
    expect((await fetch(`${hub.url}/estado/${id}?k=nope`)).status).toBe(404);
    expect((await api(`/tickets/${id}?k=wrong${accessKey}`)).status).toBe(404);
    expect((await api(`/tickets/${id}`)).status).toBe(404);
  });
});

describe('bad input and authorization never crash the hub', () => {
  it('answers malformed socket payloads with INVALID_PAYLOAD and keeps serving', async () => {
    const kiosk = await role('kiosk', 'demo-kiosk-key');
    for (const payload of [
      null,
      'R',
      42,
      [],
      { serviceId: 'registro-civil', extra: true },
      { serviceId: '../etc' },
    ]) {
      const result = await kiosk.command('ticket:take', payload);
      expect(result).toMatchObject({ ok: false, error: { code: 'INVALID_PAYLOAD' } });
    }
    const unknown = await kiosk.command('ticket:take', { serviceId: 'no-such-service' });
    expect(unknown).toMatchObject({ ok: false, error: { code: 'UNKNOWN_SERVICE' } });
    expect((await kiosk.command('ticket:take', { serviceId: 'orientacion' })).ok).toBe(true);
  });

  it('drops a socket that sends more than the size limit, and the hub keeps serving others', async () => {
    const kiosk = await role('kiosk', 'demo-kiosk-key');
    const other = await role('kiosk', 'demo-kiosk-key');
    const closed = new Promise((resolve) => kiosk.socket.once('disconnect', resolve));
    kiosk.socket.emit('ticket:take', { serviceId: 'x'.repeat(40000) }, () => undefined);
    await closed;
    expect((await other.command('ticket:take', { serviceId: 'orientacion' })).ok).toBe(true);
  });

  it('refuses wrong tokens, wrong roles and other protocol versions at the handshake', async () => {
    await expect(connectRole(hub.url, 'counter', 'demo-kiosk-key')).rejects.toMatchObject({
      data: { code: 'FORBIDDEN' },
    });
    await expect(connectRole(hub.url, 'kiosk', 'not-a-real-key')).rejects.toMatchObject({
      data: { code: 'DEVICE_NOT_PAIRED' },
    });
    await expect(
      connectRole(hub.url, 'kiosk', 'demo-kiosk-key', { protocolVersion: 999 }),
    ).rejects.toMatchObject({ data: { code: 'PROTOCOL_MISMATCH' } });
  });

  it('rate-limits ticket taking per device, with the wait in the message', async () => {
    const kiosk = await role('kiosk', 'demo-kiosk-key');
    const results = [];
    for (let i = 0; i < 8; i += 1) {
      results.push(await kiosk.command('ticket:take', { serviceId: 'orientacion' }));
    }
    const refused = results.filter((result) => !result.ok);
    expect(refused.length).toBeGreaterThan(0);
    expect(refused[0]).toMatchObject({ ok: false, error: { code: 'RATE_LIMITED' } });
    expect(refused[0]?.ok === false && refused[0].error.message).toMatch(/segundo/);
    // The refusal wrote nothing: the numbers taken are consecutive.
    const numbers = results.flatMap((result) => (result.ok ? [result.value.issued?.number] : []));
    expect(numbers).toEqual(numbers.map((_, i) => `O-00${i + 1}`));
  });

  it('checks the role of every command: a clerk cannot cancel, a kiosk cannot call', async () => {
    const token = await loginToken(hub.url, 'clerk1');
    const counter = await role('counter', token);
    const taken = await counter.command('ticket:take', { serviceId: 'registro-civil' });
    const ticketId = taken.ok ? taken.value.ticket?.id : undefined;
    expect(await counter.command('ticket:cancel', { ticketId })).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
    const viaRest = await api('/windows/ventanilla-1/call-next', {
      token: 'demo-kiosk-key',
      body: {},
    });
    expect(viaRest).toMatchObject({ status: 403, body: { error: { code: 'FORBIDDEN' } } });
  });
});

describe('restart', () => {
  it('rebuilds the day from the ledger: the queue survives and numbering continues', async () => {
    const original = hub;
    const dataDir = await mkdtemp(path.join(tmpdir(), 'cac-restart-'));
    try {
      hub = await startTestHub({ dataDir });
      for (let i = 0; i < 3; i += 1) {
        await api('/tickets', { token: 'demo-kiosk-key', body: { serviceId: 'registro-civil' } });
      }
      await hub.close();
      // The second run's clock continues after the first one's, as a real restart's would.
      hub = await startTestHub({ dataDir, startAt: LIMA_MORNING + 60_000 });
      const fourth = await api('/tickets', {
        token: 'demo-kiosk-key',
        body: { serviceId: 'registro-civil' },
      });
      expect(fourth.body).toMatchObject({ number: 'R-004', position: 3 });
      await hub.close();
    } finally {
      hub = original;
      await rm(dataDir, { recursive: true, force: true });
    }
  });
});
