import { startTestHub } from '../../testing/start-test-hub';
import type { TestHub } from '../../testing/start-test-hub';

let hub: TestHub;

beforeEach(async () => {
  hub = await startTestHub();
});

afterEach(async () => {
  await hub.close();
});

function openIntake(observation: string | null = null) {
  return hub.context.expedientes.open({
    procedureId: 'mesa-de-partes-solicitud',
    procedureName: 'Mesa de partes – solicitud',
    serviceId: 'mesa-de-partes',
    ticketId: null,
    windowId: 'v3',
    by: 'clerk3',
    applicantDocument: '10117410',
    applicant: { name: 'María Quispe Huamán' },
    details: { subject: 'Constancia de posesión' },
    timeLimitWorkingDays: 10,
    observation,
  });
}

describe('GET /api/v1/expedientes/{number}?k=', () => {
  it('answers the holder of the key with states and dates only', async () => {
    const opened = openIntake('Falta copia del DNI');
    const response = await fetch(
      `${hub.url}/api/v1/expedientes/${opened.number}?k=${opened.accessKey}`,
    );
    expect(response.status).toBe(200);
    const body = (await response.json()) as Record<string, unknown>;
    expect(body).toMatchObject({
      number: 'EXP-2026-000001',
      documentTitle: 'Expediente N° 000001-2026-MPC',
      status: 'observado',
      observationDeadline: '2026-11-25',
    });
    expect(JSON.stringify(body)).not.toMatch(/María|10117410|DNI|clerk3/);
  });

  it('answers a wrong key exactly like an unknown number, and a malformed key with 400', async () => {
    const opened = openIntake();
    const wrong = opened.accessKey === '12345678' ? '87654321' : '12345678';
    const byKey = await fetch(`${hub.url}/api/v1/expedientes/${opened.number}?k=${wrong}`);
    const byNumber = await fetch(`${hub.url}/api/v1/expedientes/EXP-2026-000099?k=${wrong}`);
    expect([byKey.status, byNumber.status]).toEqual([404, 404]);
    expect(await byKey.json()).toEqual(await byNumber.json());
    const malformed = await fetch(`${hub.url}/api/v1/expedientes/${opened.number}?k=12ab`);
    expect(malformed.status).toBe(400);
    expect(await malformed.json()).toMatchObject({
      error: { code: 'INVALID_PAYLOAD', message: expect.stringContaining('8 números') },
    });
  });

  it('slows down guessing: the 11th lookup in a minute from one address waits', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 11; i += 1) {
      statuses.push(
        (await fetch(`${hub.url}/api/v1/expedientes/EXP-2026-000001?k=00000000`)).status,
      );
    }
    expect(statuses.slice(0, 10).every((status) => status === 404)).toBe(true);
    const refused = await fetch(`${hub.url}/api/v1/expedientes/EXP-2026-000001?k=00000000`);
    expect(statuses[10]).toBe(429);
    expect(refused.headers.get('retry-after')).toMatch(/^\d+$/);
    hub.advance(60_000);
    expect((await fetch(`${hub.url}/api/v1/expedientes/EXP-2026-000001?k=00000000`)).status).toBe(
      404,
    );
  });
});

describe('GET /consulta', () => {
  it('shows a form, then the state in words and the history for the number as the cargo prints it', async () => {
    const empty = await fetch(`${hub.url}/consulta`);
    expect(empty.status).toBe(200);
    expect(await empty.text()).toContain('Número de expediente');
    const opened = openIntake('Falta copia del DNI');
    const key = `${opened.accessKey.slice(0, 4)}-${opened.accessKey.slice(4)}`;
    const page = await fetch(
      `${hub.url}/consulta?n=${encodeURIComponent('000001-2026-MPC')}&k=${key}`,
    );
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain('Expediente N° <span class="nowrap">000001-2026-MPC</span>');
    expect(html).toContain('Observado');
    expect(html).toContain('Tiene hasta el 25/11/2026 para subsanarlo.');
    expect(html).toContain('Recibido');
    expect(html).not.toMatch(/María|10117410|clerk3/);
  });

  it('explains each kind of mistake on the form itself, escaping what was typed', async () => {
    const badNumber = await fetch(`${hub.url}/consulta?n=${encodeURIComponent('<b>x')}&k=1`);
    expect(badNumber.status).toBe(400);
    const html = await badNumber.text();
    expect(html).toContain('Ese número de expediente no tiene la forma del cargo');
    expect(html).toContain('&#60;b&#62;x');
    expect(html).not.toContain('<b>x');
    const badKey = await fetch(`${hub.url}/consulta?n=000001-2026&k=12`);
    expect(await badKey.text()).toContain('La clave de consulta tiene 8 números');
    const missing = await fetch(`${hub.url}/consulta?n=000001-2026&k=12345678`);
    expect(missing.status).toBe(404);
    expect(await missing.text()).toContain('No encontramos un expediente con ese número y clave');
  });
});
