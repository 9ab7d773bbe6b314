import net from 'node:net';
import { buildTicketLayout } from '../ticket/build-ticket-layout';
import { sampleTicketInput } from '../ticket/sample-ticket';
import type { FakeNetworkPrinter } from './fake-network-printer';
import { closedPort, startFakeNetworkPrinter } from './fake-network-printer';
import { createNetworkTransport } from './network-transport';
import { renderEscPos } from './render-escpos';

async function ticketBytes(): Promise<Buffer> {
  const layout = buildTicketLayout(sampleTicketInput());
  if (!layout.ok) throw new Error(layout.error.message);
  return renderEscPos(layout.value, { paperMm: 80, qr: 'raster', codePage: 'PC850' });
}

const FAST = { retryDelayMs: 10, connectTimeoutMs: 1000, statusTimeoutMs: 300, closeGraceMs: 500 };

describe('network transport (tcp://host:9100)', () => {
  let printer: FakeNetworkPrinter | undefined;
  afterEach(async () => {
    await printer?.close();
    printer = undefined;
  });

  it('asks the status, then delivers exactly the ticket bytes', async () => {
    printer = await startFakeNetworkPrinter();
    const bytes = await ticketBytes();
    const transport = createNetworkTransport({ host: '127.0.0.1', port: printer.port, ...FAST });
    const result = await transport.send(bytes);
    expect(result).toEqual({
      ok: true,
      value: { printer: `tcp://127.0.0.1:${printer.port}`, bytes: bytes.length },
    });
    expect(printer.queries()).toEqual([1, 2, 4]);
    expect(printer.jobs()).toEqual([bytes]);
  });

  it('refuses to print when the paper sensor says paper end: nothing printed, PRINTER_NO_PAPER', async () => {
    // What an Epson answers with an empty roll: offline, stopped by paper end, roll not present.
    printer = await startFakeNetworkPrinter({
      status: { printer: 0x1a, cause: 0x32, paper: 0x72 },
    });
    const transport = createNetworkTransport({ host: '127.0.0.1', port: printer.port, ...FAST });
    const result = await transport.send(await ticketBytes());
    expect(result).toMatchObject({
      ok: false,
      error: {
        code: 'PRINTER_NO_PAPER',
        message: 'La impresora de tickets se quedó sin papel.',
        details: { status: { paperOut: true, online: false } },
      },
    });
    expect(printer.jobs()).toEqual([Buffer.alloc(0)]);
  });

  it('refuses with PRINTER_COVER_OPEN when the cover is open', async () => {
    printer = await startFakeNetworkPrinter({
      status: { printer: 0x1a, cause: 0x16, paper: 0x12 },
    });
    const transport = createNetworkTransport({ host: '127.0.0.1', port: printer.port, ...FAST });
    const result = await transport.send(await ticketBytes());
    expect(result).toMatchObject({ ok: false, error: { code: 'PRINTER_COVER_OPEN' } });
    expect(printer.jobs()).toEqual([Buffer.alloc(0)]);
  });

  it('prints on a nearly empty roll and says so in the receipt', async () => {
    printer = await startFakeNetworkPrinter({
      status: { printer: 0x12, cause: 0x12, paper: 0x1e },
    });
    const transport = createNetworkTransport({ host: '127.0.0.1', port: printer.port, ...FAST });
    const result = await transport.send(Buffer.from('\x1b@hola\n'));
    expect(result).toMatchObject({ ok: true, value: { paperNearEnd: true } });
  });

  it('retries a refused connection, then answers PRINTER_OFFLINE', async () => {
    const port = await closedPort();
    const transport = createNetworkTransport({
      host: '127.0.0.1',
      port,
      ...FAST,
      connectAttempts: 3,
    });
    const result = await transport.send(await ticketBytes());
    expect(result).toMatchObject({
      ok: false,
      error: {
        code: 'PRINTER_OFFLINE',
        message:
          'No se pudo conectar con la impresora de tickets: está apagada, desconectada o fuera de línea.',
        details: { attempts: 3, cause: 'ECONNREFUSED', port },
      },
    });
  });

  it('prints after a refused first attempt, on one connection', async () => {
    printer = await startFakeNetworkPrinter();
    const refused = await closedPort();
    const ports: number[] = [];
    const live = printer.port;
    const transport = createNetworkTransport({
      host: '127.0.0.1',
      port: live,
      ...FAST,
      connect: (port, host) => {
        // The first attempt goes nowhere, as when the printer is still booting.
        const target = ports.length === 0 ? refused : port;
        ports.push(target);
        return net.connect({ port: target, host });
      },
    });
    const bytes = await ticketBytes();
    expect(await transport.send(bytes)).toMatchObject({ ok: true });
    expect(ports).toEqual([refused, live]);
    expect(printer.connections()).toBe(1);
    expect(printer.jobs()).toEqual([bytes]);
  });

  it('does not retry a connection that dies mid-ticket: PRINTER_ERROR, one connection', async () => {
    printer = await startFakeNetworkPrinter({ dieAfterBytes: 64 * 1024 });
    const transport = createNetworkTransport({ host: '127.0.0.1', port: printer.port, ...FAST });
    // A long job (a big logo, say), so the printer dies while bytes are still leaving.
    const result = await transport.send(Buffer.alloc(4 * 1024 * 1024, 0x41));
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'PRINTER_ERROR', message: expect.stringContaining('se cortó') },
    });
    expect(printer.connections()).toBe(1);
  });

  it('answers PRINTER_TIMEOUT when the printer ignores the status query', async () => {
    printer = await startFakeNetworkPrinter({ silent: true });
    const transport = createNetworkTransport({ host: '127.0.0.1', port: printer.port, ...FAST });
    const result = await transport.send(await ticketBytes());
    expect(result).toMatchObject({ ok: false, error: { code: 'PRINTER_TIMEOUT' } });
    expect(printer.jobs()).toEqual([Buffer.alloc(0)]);
  });

  it('prints to such a printer when the status check is turned off', async () => {
    printer = await startFakeNetworkPrinter({ silent: true });
    const transport = createNetworkTransport({
      host: '127.0.0.1',
      port: printer.port,
      ...FAST,
      checkStatus: false,
    });
    const bytes = await ticketBytes();
    expect(await transport.send(bytes)).toMatchObject({ ok: true });
    expect(printer.queries()).toEqual([]);
    expect(printer.jobs()).toEqual([bytes]);
  });

  it('reports the decoded status on request', async () => {
    printer = await startFakeNetworkPrinter({
      status: { printer: 0x1a, cause: 0x32, paper: 0x72 },
    });
    const transport = createNetworkTransport({ host: '127.0.0.1', port: printer.port, ...FAST });
    expect(await transport.status?.()).toEqual({
      ok: true,
      value: { online: false, coverOpen: false, paperOut: true, paperNearEnd: false, error: false },
    });
  });
});
