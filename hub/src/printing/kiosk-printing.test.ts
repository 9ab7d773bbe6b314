import { readFile } from 'node:fs/promises';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { PrintOutcome } from '@cac/shared/protocol';
import { decodeEscPos, printedLines } from '@cac/shared/printing';
import { createDemoOffice } from '../config/demo-office';
import { connectRole, startTestHub } from '../testing';
import type { RoleClient, TestHub } from '../testing';

let hub: TestHub | undefined;
let kiosk: RoleClient | undefined;
let dataDir: string;

beforeEach(async () => {
  dataDir = await mkdtemp(path.join(tmpdir(), 'cac-print-'));
});
afterEach(async () => {
  kiosk?.close();
  await hub?.close();
  await rm(dataDir, { recursive: true, force: true });
});

function nextPrintOutcome(client: RoleClient): Promise<PrintOutcome> {
  return new Promise((resolve) => client.socket.once('print:result', resolve));
}

async function takeTicket(serviceId: string) {
  if (!kiosk) throw new Error('no kiosk');
  const printed = nextPrintOutcome(kiosk);
  const result = await kiosk.command('ticket:take', { serviceId, category: 'senior' });
  if (!result.ok || !result.value.issued || !result.value.ticket) {
    throw new Error(JSON.stringify(result));
  }
  return { ack: result.value, issued: result.value.issued, outcome: await printed };
}

describe("the hub prints a browser kiosk's tickets", () => {
  it('on the demo virtual printer: the saved ESC/POS bytes decode to the Spanish ticket, QR and cut', async () => {
    hub = await startTestHub({ dataDir });
    kiosk = await connectRole(hub.url, 'kiosk', 'demo-kiosk-key');
    const { ack, issued, outcome } = await takeTicket('registro-civil');
    expect(outcome).toEqual({ ticketId: issued.id, number: 'R-001', ok: true });
    expect(hub.context.ledger.printJobsOfTicket(issued.id)).toMatchObject([
      { deviceId: 'kiosk-1', number: 'R-001', ok: true, code: null },
    ]);

    const folder = path.join(dataDir, 'printed', ack.ticket?.officeDay ?? '');
    const bytes = await readFile(path.join(folder, `R-001-${issued.id}.bin`));
    const ops = decodeEscPos(bytes);
    const lines = printedLines(ops).map((line) => line.trim());
    expect(lines).toContain('SU NÚMERO DE ATENCIÓN ES');
    expect(lines).toContain('R-001');
    expect(lines).toContain('Registro Civil');
    expect(ops.filter((op) => op.op === 'codePage')).toEqual([{ op: 'codePage', n: 2 }]);
    const qrData = ops.flatMap((op) => (op.op === 'qr' && op.data ? [op.data] : []));
    expect(qrData).toEqual([`${hub.url}${issued.statusUrl}`]);
    expect(ops.filter((op) => op.op === 'cut')).toHaveLength(1);
    // Nothing prints after the cut (the library ends it with ESC @, a reset).
    expect(ops.filter((op) => op.op !== 'init').at(-1)?.op).toBe('cut');
    const svg = await readFile(path.join(folder, `R-001-${issued.id}.svg`), 'utf8');
    expect(svg).toContain('R-001');
  });

  it('a printer that fails tells the kiosk in Spanish and never takes the ticket back', async () => {
    // A port nobody listens on: the network printer is "off".
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const { port } = closed.address() as { port: number };
    await new Promise((resolve) => closed.close(resolve));
    const office = createDemoOffice();
    office.devices = office.devices.map((device) =>
      device.id === 'kiosk-1'
        ? {
            ...device,
            printer: {
              target: `tcp://127.0.0.1:${port}`,
              profile: { paperMm: 80, qr: 'raster', codePage: 'PC850' },
            },
          }
        : device,
    );
    await writeFile(path.join(dataDir, 'office.json'), JSON.stringify(office));
    hub = await startTestHub({ dataDir });
    kiosk = await connectRole(hub.url, 'kiosk', 'demo-kiosk-key');

    const { issued, outcome } = await takeTicket('tributos');
    expect(outcome).toMatchObject({
      ticketId: issued.id,
      number: 'T-001',
      ok: false,
      code: 'PRINTER_OFFLINE',
    });
    expect(outcome.ok === false && outcome.message).toMatch(/impresora/i);
    // Kept for the supervisors' view of printer trouble.
    expect(hub.context.ledger.printJobsOfTicket(issued.id)).toMatchObject([
      { deviceId: 'kiosk-1', number: 'T-001', ok: false, code: 'PRINTER_OFFLINE' },
    ]);
    const status = await fetch(`${hub.url}/api/v1/tickets/${issued.id}?k=${issued.accessKey}`).then(
      (r) => r.json(),
    );
    expect(status).toMatchObject({ number: 'T-001', status: 'waiting' });
  });
});
