import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { OfficeConfig } from '@cac/shared/protocol';
import type { KioskStatusView, PrintOutcome } from '@cac/shared/protocol';
import { createDemoOffice } from '../config/demo-office';
import { LIMA_MORNING, connectRole, loginToken, startTestHub } from '../testing';
import type { RoleClient, TestHub } from '../testing';

// Supervisors see every kiosk's connection and printer state, live, from the outcomes the hub
// records: its own prints and the reports of kiosks that print by themselves.

let hub: TestHub | undefined;
let dataDir: string;
const open: RoleClient[] = [];

beforeEach(async () => {
  dataDir = await mkdtemp(path.join(tmpdir(), 'cac-kiosks-'));
});
afterEach(async () => {
  for (const client of open.splice(0)) client.close();
  await hub?.close();
  hub = undefined;
  await rm(dataDir, { recursive: true, force: true });
});

type Printer = NonNullable<OfficeConfig['devices'][number]['printer']>;

/** Starts the hub on the demo office, with kiosk-1's printer changed (null: it prints itself). */
async function start(printer: Printer | null | 'demo' = 'demo') {
  if (printer !== 'demo') {
    const office = createDemoOffice();
    office.devices = office.devices.map((device) => {
      if (device.id !== 'kiosk-1') return device;
      const { printer: _demo, ...rest } = device;
      return printer ? { ...rest, printer } : rest;
    });
    await writeFile(path.join(dataDir, 'office.json'), JSON.stringify(office));
  }
  hub = await startTestHub({ dataDir });
  return hub;
}

async function role(namespace: 'kiosk' | 'display' | 'counter' | 'admin', token: string) {
  if (!hub) throw new Error('no hub');
  const client = await connectRole(hub.url, namespace, token);
  open.push(client);
  return client;
}

async function supervisor(): Promise<RoleClient> {
  if (!hub) throw new Error('no hub');
  return role('counter', await loginToken(hub.url, 'supervisor'));
}

const kiosk1 = (list: readonly KioskStatusView[]) => list.find((k) => k.deviceId === 'kiosk-1');

async function take(kiosk: RoleClient, serviceId = 'registro-civil') {
  const result = await kiosk.command('ticket:take', { serviceId });
  if (!result.ok || !result.value.issued) throw new Error(JSON.stringify(result));
  return result.value.issued;
}

function report(kiosk: RoleClient, payload: unknown): Promise<unknown> {
  return kiosk.socket.timeout(5000).emitWithAck('print:report', payload);
}

describe('kiosks on the supervisor’s floor', () => {
  it('staff get every kiosk on connect, then each connection and disconnection as it happens', async () => {
    await start();
    const watcher = await supervisor();
    const [first] = watcher.kiosks;
    expect(first).toEqual([
      {
        deviceId: 'kiosk-1',
        name: 'Kiosco de la entrada',
        online: false,
        connectionSince: null,
        printsAtHub: true,
        printer: null,
      },
    ]);

    const kiosk = await role('kiosk', 'demo-kiosk-key');
    const online = await watcher.waitForKiosks((list) => kiosk1(list)?.online === true);
    expect(kiosk1(online)?.connectionSince).toBeGreaterThanOrEqual(LIMA_MORNING);

    // A second tab of the same kiosk changes nothing; the kiosk is offline once both are gone.
    const second = await role('kiosk', 'demo-kiosk-key');
    kiosk.close();
    second.close();
    const offline = await watcher.waitForKiosks(
      (list) => kiosk1(list)?.online === false && kiosk1(list)?.connectionSince !== null,
    );
    expect(kiosk1(offline)?.connectionSince).toBeGreaterThanOrEqual(
      kiosk1(online)?.connectionSince ?? Infinity,
    );
    expect(watcher.kiosks.filter((list) => kiosk1(list)?.online === true)).toHaveLength(1);
  });

  it('only staff namespaces receive it: kiosks and displays never do', async () => {
    await start();
    const display = await role('display', 'demo-display-key');
    const kiosk = await role('kiosk', 'demo-kiosk-key');
    const admin = await role('admin', await loginToken(hub?.url ?? '', 'admin'));
    const clerk = await role('counter', await loginToken(hub?.url ?? '', 'clerk1'));
    await take(kiosk);
    await admin.waitForKiosks((list) => kiosk1(list)?.printer?.condition === 'ok');
    await clerk.waitForKiosks((list) => kiosk1(list)?.printer?.condition === 'ok');
    expect(display.kiosks).toEqual([]);
    expect(kiosk.kiosks).toEqual([]);
  });

  it('shows the hub’s own prints: printed, then offline since the first lost ticket', async () => {
    // A port nobody listens on: the network printer is "off".
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const { port } = closed.address() as { port: number };
    await new Promise((resolve) => closed.close(resolve));
    await start({
      target: `tcp://127.0.0.1:${port}`,
      profile: { paperMm: 80, qr: 'raster', codePage: 'PC850' },
    });
    const watcher = await supervisor();
    const kiosk = await role('kiosk', 'demo-kiosk-key');
    const outcomes: PrintOutcome[] = [];
    kiosk.socket.on('print:result', (outcome: PrintOutcome) => outcomes.push(outcome));

    await take(kiosk, 'tributos');
    const first = await watcher.waitForKiosks((list) => kiosk1(list)?.printer !== null);
    await take(kiosk, 'tributos');
    const second = await watcher.waitForKiosks((list) => kiosk1(list)?.printer?.failedInRow === 2);

    expect(kiosk1(second)?.printer).toMatchObject({
      condition: 'offline',
      code: 'PRINTER_OFFLINE',
      message: expect.stringMatching(/impresora/i),
      since: kiosk1(first)?.printer?.lastAt,
      lastNumber: 'T-002',
      source: 'hub',
    });
    // The kiosk was told as well, ticket by ticket.
    await vi.waitFor(() => expect(outcomes.map((o) => o.ok)).toEqual([false, false]));
  });

  it('records a kiosk’s own report in the ledger and shows it to supervisors at once', async () => {
    await start(null);
    const watcher = await supervisor();
    const kiosk = await role('kiosk', 'demo-kiosk-key');
    expect(kiosk.snapshot.session).toMatchObject({ printsAtHub: false });
    const issued = await take(kiosk);

    const answer = await report(kiosk, {
      ticketId: issued.id,
      number: issued.number,
      via: 'bridge',
      ok: false,
      code: 'PRINTER_NO_PAPER',
      message: 'La impresora de tickets se quedó sin papel.',
    });
    expect(answer).toEqual({ ok: true, value: { recordedAt: expect.any(Number) } });
    const seen = await watcher.waitForKiosks((list) => kiosk1(list)?.printer !== null);
    expect(kiosk1(seen)).toMatchObject({
      online: true,
      printsAtHub: false,
      printer: {
        condition: 'no_paper',
        code: 'PRINTER_NO_PAPER',
        message: 'La impresora de tickets se quedó sin papel.',
        lastNumber: 'R-001',
        failedInRow: 1,
        source: 'bridge',
      },
    });
    expect(hub?.context.ledger.printJobsOfTicket(issued.id)).toEqual([
      {
        at: expect.any(Number),
        deviceId: 'kiosk-1',
        ticketId: issued.id,
        number: 'R-001',
        ok: false,
        code: 'PRINTER_NO_PAPER',
        message: 'La impresora de tickets se quedó sin papel.',
        source: 'bridge',
        paperNearEnd: false,
      },
    ]);

    // Paper put back: the next ticket prints, with the roll's warning.
    const next = await take(kiosk);
    await report(kiosk, {
      ticketId: next.id,
      number: next.number,
      via: 'bridge',
      ok: true,
      paperNearEnd: true,
    });
    const fixed = await watcher.waitForKiosks(
      (list) => kiosk1(list)?.printer?.condition === 'paper_low',
    );
    expect(kiosk1(fixed)?.printer).toMatchObject({ failedInRow: 0, lastNumber: 'R-002' });
  });

  it('refuses a report that is malformed, about a ticket this kiosk did not take, or without an ack', async () => {
    await start(null);
    const kiosk = await role('kiosk', 'demo-kiosk-key');
    const issued = await take(kiosk);
    const staffToken = await loginToken(hub?.url ?? '', 'clerk1');
    const counter = await role('counter', staffToken);
    const byClerk = await counter.command('ticket:take', { serviceId: 'tributos' });
    const clerkTicket = byClerk.ok ? byClerk.value.issued : null;
    if (!clerkTicket) throw new Error('the clerk took no ticket');
    const good = { ticketId: issued.id, number: issued.number, via: 'browser', ok: true };

    expect(await report(kiosk, null)).toMatchObject({
      ok: false,
      error: { code: 'INVALID_PAYLOAD' },
    });
    expect(await report(kiosk, { ...good, deviceId: 'kiosk-2' })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_PAYLOAD' },
    });
    expect(await report(kiosk, { ...good, ok: false })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_PAYLOAD', message: expect.stringMatching(/^Los datos enviados/) },
    });
    for (const wrong of [
      { ...good, ticketId: 'no-such-ticket' },
      { ...good, number: 'R-999' },
      { ...good, ticketId: clerkTicket.id, number: clerkTicket.number },
    ]) {
      expect(await report(kiosk, wrong)).toMatchObject({
        ok: false,
        error: { code: 'UNKNOWN_TICKET', message: expect.stringMatching(/No se encontró/) },
      });
    }
    kiosk.socket.emit('print:report', good);
    // Any other role is refused, whatever it sends.
    expect(await report(counter, good)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });

    expect(await report(kiosk, good)).toMatchObject({ ok: true });
    expect(hub?.context.ledger.printJobsOfTicket(issued.id)).toHaveLength(1);
    expect(hub?.context.ledger.printJobsOfTicket(clerkTicket.id)).toEqual([]);
  });

  it('rebuilds each printer’s state from the ledger after a restart', async () => {
    await start(null);
    const kiosk = await role('kiosk', 'demo-kiosk-key');
    const lost = [await take(kiosk), await take(kiosk)];
    const times: number[] = [];
    for (const issued of lost) {
      const answer = await report(kiosk, {
        ticketId: issued.id,
        number: issued.number,
        via: 'bridge',
        ok: false,
        code: 'PRINTER_COVER_OPEN',
        message: 'La tapa de la impresora de tickets está abierta.',
      });
      if (typeof answer === 'object' && answer !== null && 'value' in answer) {
        times.push((answer.value as { recordedAt: number }).recordedAt);
      }
    }
    kiosk.close();
    open.splice(0);
    await hub?.close();

    hub = await startTestHub({ dataDir, startAt: LIMA_MORNING + 60_000 });
    const watcher = await supervisor();
    expect(kiosk1(watcher.kiosks[0] ?? [])).toMatchObject({
      online: false,
      connectionSince: null,
      printer: {
        condition: 'cover_open',
        since: times[0],
        lastAt: times[1],
        lastNumber: 'R-002',
        failedInRow: 2,
      },
    });
  });
});
