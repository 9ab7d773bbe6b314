import { connectRole, loginToken, startTestHub } from '../../testing';
import type { RoleClient, TestHub } from '../../testing';

// Open data: today's figures per service, the daily CSV for a range and the public page — all
// without a login and without anything personal (no clerk, no comment).

const T0 = Date.parse('2026-11-23T14:00:00Z'); // 09:00 in Lima
let hub: TestHub;
const clients: RoleClient[] = [];

beforeAll(async () => {
  hub = await startTestHub({ startAt: T0 });
  const kiosk = await connectRole(hub.url, 'kiosk', 'demo-kiosk-key');
  const clerk = await connectRole(hub.url, 'counter', await loginToken(hub.url, 'clerk1'));
  clients.push(kiosk, clerk);
  const at = (minute: number) => hub.advance(T0 + minute * 60000 - hub.context.now());
  await kiosk.command('ticket:take', { serviceId: 'registro-civil' });
  at(4);
  await kiosk.command('ticket:take', { serviceId: 'registro-civil' });
  await kiosk.command('ticket:take', { serviceId: 'orientacion' });
  at(10);
  await clerk.command('window:open', { windowId: 'ventanilla-1', serviceIds: ['registro-civil'] });
  const first = await clerk.command('ticket:call-next', { windowId: 'ventanilla-1' });
  if (!first.ok || !first.value.ticket) throw new Error('call');
  await clerk.command('ticket:start', { ticketId: first.value.ticket.id });
  at(15);
  await clerk.command('ticket:finish', { ticketId: first.value.ticket.id, outcome: 'atendido' });
  await clerk.command('ticket:call-next', { windowId: 'ventanilla-1' });
  at(20);
});
afterAll(async () => {
  for (const client of clients) client.close();
  await hub.close();
});

const open = (route: string) => fetch(`${hub.url}${route}`);

describe('open data', () => {
  it('GET /stats/today: per active service as API.md says (waits 10 and 11 min)', async () => {
    const response = await open('/api/v1/stats/today');
    expect(response.status).toBe(200);
    const body = (await response.json()) as Record<string, unknown>[];
    expect(body).toHaveLength(5);
    expect(body[0]).toEqual({
      serviceId: 'registro-civil',
      name: 'Registro Civil',
      issued: 2,
      served: 1,
      waiting: 0,
      avgWaitMin: 10.5,
      p90WaitMin: 11,
    });
    expect(body.find((s) => s['serviceId'] === 'orientacion')).toMatchObject({
      issued: 1,
      waiting: 1,
      avgWaitMin: null,
    });
  });

  it('GET /stats/daily: JSON and an Excel-ready CSV per day and service', async () => {
    const json = await open('/api/v1/stats/daily?from=2026-11-22&to=2026-11-23');
    const body = (await json.json()) as { rows: Record<string, unknown>[] };
    expect(body.rows).toHaveLength(10);
    expect(body.rows[0]).toEqual({
      day: '2026-11-22',
      serviceId: 'registro-civil',
      serviceName: 'Registro Civil',
      issued: 0,
      served: 0,
      noShow: 0,
      avgWaitMin: null,
      p90WaitMin: null,
    });
    expect(body.rows[5]).toMatchObject({ day: '2026-11-23', issued: 2, served: 1, p90WaitMin: 11 });
    const csv = await open('/api/v1/stats/daily?from=2026-11-23&to=2026-11-23&format=csv');
    expect(csv.headers.get('content-disposition')).toContain(
      'datos-abiertos-2026-11-23-2026-11-23.csv',
    );
    // Response.text() drops a BOM: decode the bytes to see it.
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(await csv.arrayBuffer());
    expect(text.startsWith('\uFEFFDía,Código de servicio,Servicio,Tickets emitidos')).toBe(true);
    expect(text).toContain('\r\n2026-11-23,registro-civil,Registro Civil,2,1,0,10.5,11\r\n');
    expect(text).toContain('\r\n2026-11-23,orientacion,Orientación,1,0,0,,\r\n');
    expect(text).not.toMatch(/Ana Quispe|clerk1/);
  });

  it('refuses a range longer than a year or upside down, in Spanish', async () => {
    const long = await open('/api/v1/stats/daily?from=2025-01-01&to=2026-11-23');
    expect(long.status).toBe(400);
    expect(await long.json()).toMatchObject({
      error: { code: 'INVALID_PAYLOAD', message: expect.stringMatching(/366 días/) },
    });
    const upside = await open('/api/v1/stats/daily?from=2026-11-23&to=2026-11-01');
    expect(upside.status).toBe(400);
  });

  it('serves the public page /transparencia: table, chart, download form, no script', async () => {
    const response = await open('/transparencia');
    expect(response.status).toBe(200);
    const html = await response.text();
    expect(html).toContain('<html lang="es">');
    expect(html).toContain('Centro de Atención al Ciudadano');
    expect(html).toMatch(
      /<th scope="row">Registro Civil<\/th><td>2<\/td><td>1<\/td><td>0<\/td><td>10.5 min<\/td><td>11 min<\/td>/,
    );
    expect(html).toContain('<svg role="img" aria-labelledby="chart-title"');
    expect(html).toContain('action="/api/v1/stats/daily"');
    expect(html).not.toContain('<script');
    expect(response.headers.get('content-security-policy')).toContain("script-src 'self'");
  });
});
