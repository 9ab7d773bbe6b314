import path from 'node:path';
import Database from 'better-sqlite3';
import type { Ticket } from '@cac/shared/domain';
import { parseCsv } from '../../csv/csv';
import { useReportTestHub } from '../../reports/report-test-hub';
import { loginToken } from '../../testing';
import type { RoleClient } from '../../testing';

// A scripted morning through the real hub, with figures worked out by hand (minutes from 09:00
// Lima, 2026-11-23). Waits run from arrival to the first call; a ticket transferred after a window
// had it waits again from the transfer.
//
//  ticket  category    service       arrives  called  start  ends          clerk   wait  service
//  R-001   none        registro      09:00    09:16   -      09:19 no-show clerk1  16    -
//  R-002   senior      registro      09:02    09:10   09:10  09:16 done    clerk1   8    6
//  T-001   none        tributos      09:04    09:18   09:18  09:22 → Orientación   14    -
//  R-003   none        registro      09:06    09:19   09:20  09:25 done    clerk1  13    5
//  T-002   pregnant    tributos      09:08    09:10   09:10  09:18 done    clerk5   2    8
//  T-001′  none        orientación   (09:22)  09:44   09:44  09:47 done    clerk6  22    3
//  R-004   none        registro      09:26    09:35   09:35  09:42 done    clerk1   9    7
//  O-001   disability  orientación   09:30    -       -      09:42 cancelled by the supervisor
//  T-003   none        tributos      10:05    -       -      still waiting at 10:10
// Pauses: clerk1 09:25–09:35 (resumed), clerk5 09:47–09:55 (window closed).

const T0 = Date.parse('2026-11-23T14:00:00Z');
const DAY = '2026-11-23';

const session = useReportTestHub(T0, scriptedMorning);
const { connect, get } = session;
const report = (query = `from=${DAY}&to=${DAY}`) => session.report(query);

function at(minute: number): void {
  session.hub.advance(T0 + minute * 60000 - session.hub.context.now());
}

async function run(client: RoleClient, name: string, payload: unknown): Promise<Ticket | null> {
  const result = await client.command(name, payload);
  if (!result.ok) throw new Error(`${name}: ${JSON.stringify(result.error)}`);
  return result.value.ticket ?? null;
}

async function scriptedMorning(): Promise<void> {
  const kiosk = await connect('kiosk', 'demo-kiosk-key');
  const [c1, c5, c6, sup] = await Promise.all(
    ['clerk1', 'clerk5', 'clerk6', 'supervisor'].map(async (u) =>
      connect('counter', await loginToken(session.hub.url, u)),
    ),
  );
  if (!c1 || !c5 || !c6 || !sup) throw new Error('login');
  const take = async (minute: number, serviceId: string, category = 'none') => {
    at(minute);
    const ticket = await run(kiosk, 'ticket:take', { serviceId, category });
    if (!ticket) throw new Error('no ticket');
    return ticket;
  };
  const callNext = async (clerk: RoleClient, windowId: string) => {
    const ticket = await run(clerk, 'ticket:call-next', { windowId });
    if (!ticket) throw new Error('no call');
    return ticket;
  };
  at(0);
  await run(c1, 'window:open', { windowId: 'ventanilla-1', serviceIds: ['registro-civil'] });
  await run(c5, 'window:open', { windowId: 'ventanilla-5', serviceIds: ['tributos'] });
  await run(c6, 'window:open', { windowId: 'ventanilla-6', serviceIds: ['orientacion'] });
  await take(0, 'registro-civil');
  await take(2, 'registro-civil', 'senior');
  await take(4, 'tributos');
  await take(6, 'registro-civil');
  await take(8, 'tributos', 'pregnant');

  at(10);
  const r2 = await callNext(c1, 'ventanilla-1');
  expect(r2.number).toBe('R-002');
  await run(c1, 'ticket:start', { ticketId: r2.id });
  const t2 = await callNext(c5, 'ventanilla-5');
  expect(t2.number).toBe('T-002');
  await run(c5, 'ticket:start', { ticketId: t2.id });

  at(16);
  await run(c1, 'ticket:finish', { ticketId: r2.id, outcome: 'atendido' });
  const r1 = await callNext(c1, 'ventanilla-1');
  expect(r1.number).toBe('R-001');
  at(18);
  await run(c5, 'ticket:finish', { ticketId: t2.id, outcome: 'pagado' });
  const t1 = await callNext(c5, 'ventanilla-5');
  expect(t1.number).toBe('T-001');
  await run(c5, 'ticket:start', { ticketId: t1.id });
  at(19);
  await run(c1, 'ticket:no-show', { ticketId: r1.id });
  const r3 = await callNext(c1, 'ventanilla-1');
  at(20);
  await run(c1, 'ticket:start', { ticketId: r3.id });
  at(22);
  await run(c5, 'ticket:transfer', { ticketId: t1.id, to: { serviceId: 'orientacion' } });
  at(25);
  await run(c1, 'ticket:finish', { ticketId: r3.id, outcome: 'observado' });
  await run(c1, 'window:pause', { windowId: 'ventanilla-1', reason: 'refrigerio' });
  await take(26, 'registro-civil');
  const o1 = await take(30, 'orientacion', 'disability');
  at(35);
  await run(c1, 'window:resume', { windowId: 'ventanilla-1' });
  const r4 = await callNext(c1, 'ventanilla-1');
  expect(r4.number).toBe('R-004');
  await run(c1, 'ticket:start', { ticketId: r4.id });
  at(42);
  await run(sup, 'ticket:cancel', { ticketId: o1.id, reason: 'Se retiró' });
  await run(c1, 'ticket:finish', { ticketId: r4.id, outcome: 'atendido' });
  at(44);
  const t1b = await callNext(c6, 'ventanilla-6');
  expect(t1b).toMatchObject({ number: 'T-001', serviceId: 'orientacion' });
  await run(c6, 'ticket:start', { ticketId: t1b.id });
  at(47);
  await run(c6, 'ticket:finish', { ticketId: t1b.id, outcome: 'orientado' });
  await run(c5, 'window:pause', { windowId: 'ventanilla-5', reason: 'otro' });
  at(55);
  await run(c5, 'window:close', { windowId: 'ventanilla-5' });
  await take(65, 'tributos');
  rate(r2.id, 5, 'Atención rápida, "muy amable", gracias: José');
  at(66);
  rate(t2.id, 3, '=HYPERLINK("x")\nDemoró, mi DNI 45055499');
  at(70);
}

/** Ratings are written by another part of the hub; the report only reads them. */
function rate(ticketId: string, score: number, comment: string): void {
  const db = new Database(path.join(session.hub.dataDir, 'ledger.sqlite'));
  try {
    const service = db
      .prepare<[string], string>('SELECT service_id FROM tickets WHERE id = ?')
      .pluck()
      .get(ticketId);
    db.prepare(
      `INSERT INTO ratings (ticket_id, at, office_day, score, comment, service_id, source)
       VALUES (?, ?, ?, ?, ?, ?, 'kiosk')`,
    ).run(ticketId, session.hub.context.now(), DAY, score, comment, service ?? '');
  } finally {
    db.close();
  }
}

const stats = (
  count: number,
  avgMin: number | null,
  medianMin: number | null,
  p90Min: number | null,
) => ({
  count,
  avgMin,
  medianMin,
  p90Min,
});
const none = stats(0, null, null, null);
const counts = (
  issued: number,
  served: number,
  noShow: number,
  cancelled: number,
  transferred: number,
  open: number,
) => ({
  issued,
  served,
  noShow,
  cancelled,
  expired: 0,
  transferred,
  open,
});

/** Target, met, evaluated, percentage: an SLA figure as the report gives it. */
type Sla = [number | null, number, number, number | null];
const slaOf = (targetMin: Sla[0], met: number, evaluated: number, pct: Sla[3]) => ({
  targetMin,
  met,
  evaluated,
  pct,
});

describe('GET /reports: the scripted morning', () => {
  it('matches the hand-computed summary, per service and per hour', async () => {
    const view = await report();
    expect(view.filters).toEqual({
      from: DAY,
      to: DAY,
      serviceId: null,
      windowId: null,
      clerkId: null,
      hourFrom: 0,
      hourTo: 24,
    });
    expect(view.summary).toEqual({
      ...counts(8, 5, 1, 1, 1, 1),
      // waits 2 8 9 13 14 16 22; services 3 5 6 7 8
      wait: stats(7, 12, 13, 22),
      service: stats(5, 5.8, 6, 8),
      // 7 called, 6 within their service's target; O-001 waited 12 min > 10 before leaving
      sla: slaOf(null, 6, 8, 75),
      preferentialWait: stats(2, 5, 5, 8),
      ordinaryWait: stats(5, 14.8, 14, 22),
    });
    // Every active service in the office's order, even without tickets; figures in the table below.
    expect(view.byService.map((row) => [row.serviceId, row.serviceName])).toEqual([
      ['registro-civil', 'Registro Civil'],
      ['licencias', 'Licencias de Funcionamiento'],
      ['mesa-de-partes', 'Mesa de Partes'],
      ['tributos', 'Tributos (SAT)'],
      ['orientacion', 'Orientación'],
    ]);
    expect(view.byHour).toEqual([
      { hour: 9, issued: 7, served: 5, avgWaitMin: 12 },
      { hour: 10, issued: 1, served: 0, avgWaitMin: null },
    ]);
    expect(view.byDay).toEqual([
      { day: DAY, ...counts(8, 5, 1, 1, 1, 1), avgWaitMin: 12, p90WaitMin: 22 },
    ]);
    expect(view.rows).toHaveLength(5);
    expect(view.rows[0]).toEqual({
      day: DAY,
      serviceId: 'registro-civil',
      serviceName: 'Registro Civil',
      ...counts(4, 3, 1, 0, 0, 0),
      avgWaitMin: 11.5,
      p90WaitMin: 16,
    });
  });

  type Stats = Parameters<typeof stats>;
  it.each<[string, Parameters<typeof counts>, Stats | null, Stats | null, Sla]>([
    // service, [issued served noShow cancelled transferred open], waits, service times, SLA
    ['registro-civil', [4, 3, 1, 0, 0, 0], [4, 11.5, 11, 16], [3, 6, 6, 7], [20, 4, 4, 100]],
    ['licencias', [0, 0, 0, 0, 0, 0], null, null, [30, 0, 0, null]],
    ['mesa-de-partes', [0, 0, 0, 0, 0, 0], null, null, [15, 0, 0, null]],
    ['tributos', [3, 1, 0, 0, 1, 1], [2, 8, 8, 14], [1, 8, 8, 8], [15, 2, 2, 100]],
    // T-001 waited 22 min after its transfer; O-001 left after 12 min: both past the 10 min target
    ['orientacion', [1, 1, 0, 1, 0, 0], [1, 22, 22, 22], [1, 3, 3, 3], [10, 0, 2, 0]],
  ])('matches the hand-computed figures of %s', async (serviceId, count, wait, service, sla) => {
    const row = (await report()).byService.find((r) => r.serviceId === serviceId);
    expect(row).toEqual({
      serviceId,
      serviceName: expect.any(String), // checked with the order, above
      ...counts(...count),
      wait: wait ? stats(...wait) : none,
      service: service ? stats(...service) : none,
      sla: slaOf(...sla),
    });
  });

  it('shows how long preferential tickets waited against ordinary ones (Ley 28683)', async () => {
    const view = await report();
    expect(view.preferential).toEqual([
      { category: 'pregnant', issued: 1, wait: stats(1, 2, 2, 2), sla: slaOf(null, 1, 1, 100) },
      { category: 'senior', issued: 1, wait: stats(1, 8, 8, 8), sla: slaOf(null, 1, 1, 100) },
      { category: 'disability', issued: 1, wait: none, sla: slaOf(null, 0, 1, 0) },
      { category: 'child', issued: 0, wait: none, sla: slaOf(null, 0, 0, null) },
      { category: 'none', issued: 5, wait: stats(5, 14.8, 14, 22), sla: slaOf(null, 4, 5, 80) },
    ]);
  });

  it('counts each clerk’s attentions and pauses, and the outcomes with their labels', async () => {
    const view = await report();
    expect(view.clerks).toEqual([
      {
        clerkId: 'clerk1',
        clerkName: 'Ana Quispe Huamán',
        served: 3,
        noShow: 1,
        service: stats(3, 6, 6, 7),
        pauses: 1,
        pauseMin: 10,
      },
      {
        clerkId: 'clerk6',
        clerkName: 'Pedro Cotrina Ruiz',
        served: 1,
        noShow: 0,
        service: stats(1, 3, 3, 3),
        pauses: 0,
        pauseMin: 0,
      },
      {
        clerkId: 'clerk5',
        clerkName: 'Rosa Tafur Mendoza',
        served: 1,
        noShow: 0,
        service: stats(1, 8, 8, 8),
        pauses: 1,
        pauseMin: 8,
      },
    ]);
    expect(view.outcomes).toEqual([
      {
        serviceId: 'registro-civil',
        serviceName: 'Registro Civil',
        outcome: 'atendido',
        outcomeLabel: 'Atendido',
        count: 2,
      },
      {
        serviceId: 'registro-civil',
        serviceName: 'Registro Civil',
        outcome: 'observado',
        outcomeLabel: 'Observado: faltan requisitos',
        count: 1,
      },
      {
        serviceId: 'tributos',
        serviceName: 'Tributos (SAT)',
        outcome: 'pagado',
        outcomeLabel: 'Pago realizado',
        count: 1,
      },
      {
        serviceId: 'orientacion',
        serviceName: 'Orientación',
        outcome: 'orientado',
        outcomeLabel: 'Orientado',
        count: 1,
      },
    ]);
    expect(view.satisfaction).toMatchObject({
      count: 2,
      average: 4,
      distribution: [0, 0, 1, 0, 1],
    });
    expect(view.satisfaction.comments.map((c) => c.comment)).toEqual([
      '=HYPERLINK("x")\nDemoró, mi DNI [oculto]',
      'Atención rápida, "muy amable", gracias: José',
    ]);
    expect(view.expedientes).toEqual({ opened: 0, byState: [], overdue: 0 });
    expect(view.payments).toEqual({ count: 0, totalCents: 0, byMethod: [] });
  });

  it('filters by service, window, clerk and hour of arrival', async () => {
    const rc = await report(`from=${DAY}&to=${DAY}&serviceId=registro-civil`);
    expect(rc.summary).toMatchObject({ issued: 4, wait: stats(4, 11.5, 11, 16) });
    expect(rc.summary.sla).toEqual(slaOf(20, 4, 4, 100));
    expect(rc.byService.map((s) => s.serviceId)).toEqual(['registro-civil']);
    const v5 = await report(`from=${DAY}&to=${DAY}&windowId=ventanilla-5`);
    expect(v5.summary).toMatchObject({ issued: 2, served: 1, transferred: 1 });
    expect(v5.clerks.map((c) => [c.clerkId, c.pauseMin])).toEqual([['clerk5', 8]]);
    const c6 = await report(`from=${DAY}&to=${DAY}&clerkId=clerk6`);
    expect(c6.summary).toMatchObject({ issued: 0, served: 1, wait: stats(1, 22, 22, 22) });
    const ten = await report(`from=${DAY}&to=${DAY}&hourFrom=10&hourTo=11`);
    expect(ten.summary).toMatchObject({ issued: 1, open: 1, served: 0 });
    expect(ten.byHour).toEqual([{ hour: 10, issued: 1, served: 0, avgWaitMin: null }]);
  });
});

describe('GET /reports: CSV and refusals', () => {
  it('exports a table as Excel-safe CSV: BOM, CRLF, quotes, accents, no formulas', async () => {
    const response = await get(`from=${DAY}&to=${DAY}&format=csv&table=satisfaction`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(response.headers.get('content-disposition')).toContain(
      `reporte-satisfaction-${DAY}-${DAY}.csv`,
    );
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
    expect(text).toBe(
      '\uFEFFFecha y hora,Servicio,Calificación (1 a 5),Comentario\r\n' +
        `2026-11-23 10:06,Tributos (SAT),3,"'=HYPERLINK(""x"")\nDemoró, mi DNI [oculto]"\r\n` +
        '2026-11-23 10:05,Registro Civil,5,"Atención rápida, ""muy amable"", gracias: José"\r\n',
    );
    const parsed = parseCsv(text);
    expect(parsed.ok && parsed.rows[2]?.[3]).toBe('Atención rápida, "muy amable", gracias: José');
  });

  it('exports the per-day rows by default with Spanish headers', async () => {
    const response = await get(`from=${DAY}&to=${DAY}&format=csv`);
    const text = await response.text();
    const parsed = parseCsv(text);
    if (!parsed.ok) throw new Error('bad csv');
    expect(parsed.rows[0]?.slice(0, 4)).toEqual(['Día', 'Servicio', 'Emitidos', 'Atendidos']);
    expect(parsed.rows[1]).toEqual([
      DAY,
      'Registro Civil',
      '4',
      '3',
      '1',
      '0',
      '0',
      '0',
      '0',
      '11.5',
      '16',
    ]);
  });

  it('refuses clerks, bad dates, long ranges and unknown tables with Spanish messages', async () => {
    expect((await get(`from=${DAY}&to=${DAY}`, 'clerk1')).status).toBe(403);
    const cases: [string, RegExp][] = [
      [`from=2026-02-30&to=${DAY}`, /no existe en el calendario/],
      [`from=${DAY}&to=2026-11-01`, /anterior a la inicial/],
      ['from=2026-01-01&to=2026-06-30', /como máximo 93 días/],
      [`from=${DAY}&to=${DAY}&table=nada`, /La tabla debe ser una de/],
      [`from=${DAY}&to=${DAY}&hourFrom=12&hourTo=9`, /mayor que la hora inicial/],
      [`to=${DAY}`, /AAAA-MM-DD/],
    ];
    for (const [query, message] of cases) {
      const response = await get(query);
      expect(response.status).toBe(400);
      const body = (await response.json()) as { error: { code: string; message: string } };
      expect(body.error.code).toBe('INVALID_PAYLOAD');
      expect(body.error.message).toMatch(message);
    }
  });
});
