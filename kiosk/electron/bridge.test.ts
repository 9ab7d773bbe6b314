import type { PrinterTarget, TransportContext } from '@cac/shared/printing';
import {
  createMemoryTransport,
  decodeEscPos,
  printedLines,
  printerError,
} from '@cac/shared/printing';
import { err, ok } from '@cac/shared/protocol';
import { sampleTicketInput } from '@cac/shared/ticket';
import type { BridgePrinterSettings, IpcInvokeEventLike, IpcMainLike } from './bridge';
import { BRIDGE_CHANNELS, createBridgeHandlers, registerBridgeHandlers } from './bridge';

const HUB = 'http://192.168.1.10:4700';

function settings(target = 'memory'): BridgePrinterSettings {
  return {
    hubUrl: HUB,
    autostart: true,
    printer: { target, profile: { paperMm: 80, qr: 'raster', codePage: 'PC850' } },
  };
}

function setup(options: { respond?: Parameters<typeof createMemoryTransport>[0] } = {}) {
  const transport = createMemoryTransport(options.respond ?? {});
  const created: { target: PrinterTarget; context: TransportContext }[] = [];
  let current = settings();
  const reports: unknown[] = [];
  const handlers = createBridgeHandlers({
    settings: () => current,
    transportContext: { dataDir: '/data' },
    createTransport: (target, context) => {
      created.push({ target, context });
      return ok(transport);
    },
    onResult: (r) => reports.push(r),
  });
  return {
    handlers,
    transport,
    created,
    reports,
    change: (s: BridgePrinterSettings) => {
      current = s;
    },
  };
}

describe('createBridgeHandlers: printTicket', () => {
  it('prints the ticket as ESC/POS whose text is the Spanish ticket', async () => {
    const { handlers, transport, reports } = setup();
    const outcome = await handlers.printTicket(sampleTicketInput());
    expect(outcome).toEqual({ ok: true, printer: 'memory', queued: false, paperNearEnd: false });
    expect(transport.jobs).toHaveLength(1);
    const text = printedLines(decodeEscPos(transport.jobs[0]?.bytes ?? new Uint8Array())).join(
      '\n',
    );
    expect(text).toContain('SU NÚMERO DE ATENCIÓN ES');
    expect(text).toContain('R-023');
    expect(text).toContain('Registro Civil');
    expect(reports).toHaveLength(1);
  });

  it('uses one queue for every ticket while the printer stays the same', async () => {
    const { handlers, transport, created } = setup();
    await Promise.all([
      handlers.printTicket(sampleTicketInput({ ticket: { number: 'R-001' } })),
      handlers.printTicket(sampleTicketInput({ ticket: { number: 'R-002' } })),
    ]);
    expect(created).toHaveLength(1);
    expect(created[0]).toEqual({ target: { kind: 'memory' }, context: { dataDir: '/data' } });
    const numbers = transport.jobs.map((j) => printedLines(decodeEscPos(j.bytes)).join(' '));
    expect(numbers[0]).toContain('R-001');
    expect(numbers[1]).toContain('R-002');
  });

  it('opens a new printer when the settings change it', async () => {
    const { handlers, created, change } = setup();
    await handlers.printTicket(sampleTicketInput());
    change(settings('tcp://192.168.1.50:9100'));
    await handlers.printTicket(sampleTicketInput());
    expect(created.map((c) => c.target)).toEqual([
      { kind: 'memory' },
      { kind: 'network', host: '192.168.1.50', port: 9100 },
    ]);
  });

  it('gives the printer failure to the citizen, coded, instead of eating the ticket', async () => {
    const { handlers } = setup({
      respond: { respond: () => err(printerError('PRINTER_NO_PAPER', 'ticket.printer.noPaper')) },
    });
    const outcome = await handlers.printTicket(sampleTicketInput());
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) {
      expect(outcome.code).toBe('PRINTER_NO_PAPER');
      expect(outcome.message.length).toBeGreaterThan(0);
    }
  });

  it('refuses malformed input from the renderer without printing', async () => {
    const { handlers, transport } = setup();
    for (const bad of [null, 'R-023', { ...sampleTicketInput(), office: undefined }]) {
      const outcome = await handlers.printTicket(bad);
      expect(outcome).toMatchObject({ ok: false, code: 'TICKET_INPUT_INVALID' });
    }
    const unknownCategory = await handlers.printTicket(
      sampleTicketInput({ ticket: { category: 'vip' as 'none' } }),
    );
    expect(unknownCategory).toMatchObject({ ok: false, code: 'TICKET_INPUT_INVALID' });
    expect(transport.jobs).toHaveLength(0);
  });

  it('reports a bad printer address as PRINTER_CONFIG_INVALID', async () => {
    const { handlers, change, created } = setup();
    change(settings('nowhere'));
    const outcome = await handlers.printTicket(sampleTicketInput());
    expect(outcome).toMatchObject({ ok: false, code: 'PRINTER_CONFIG_INVALID' });
    expect(created).toHaveLength(0);
  });
});

describe('createBridgeHandlers: settings', () => {
  it('shows the renderer the hub, the paper and the kind of printer, never the address', async () => {
    const { handlers, change } = setup();
    change(settings('tcp://192.168.1.50:9100'));
    expect(await handlers.settings()).toEqual({
      hubUrl: HUB,
      paperMm: 80,
      printer: 'network',
      autostart: true,
    });
  });
});

describe('registerBridgeHandlers', () => {
  function fakeIpcMain() {
    const handlers = new Map<
      string,
      (event: IpcInvokeEventLike, ...args: unknown[]) => Promise<unknown>
    >();
    const ipcMain: IpcMainLike = {
      handle: (channel, listener) => void handlers.set(channel, listener),
    };
    return { ipcMain, handlers };
  }

  it('answers exactly the bridge channels for pages of the hub', async () => {
    const { ipcMain, handlers } = fakeIpcMain();
    const { handlers: bridge, transport } = setup();
    registerBridgeHandlers(ipcMain, bridge, HUB);
    expect([...handlers.keys()].sort()).toEqual(Object.values(BRIDGE_CHANNELS).sort());
    const event = { senderFrame: { url: `${HUB}/kiosk/` } };
    const outcome = await handlers.get(BRIDGE_CHANNELS.printTicket)?.(event, sampleTicketInput());
    expect(outcome).toMatchObject({ ok: true });
    expect(transport.jobs).toHaveLength(1);
    expect(await handlers.get(BRIDGE_CHANNELS.settings)?.(event)).toMatchObject({ hubUrl: HUB });
  });

  it('rejects calls from any other origin or from a frame that is gone', async () => {
    const { ipcMain, handlers } = fakeIpcMain();
    const { handlers: bridge, transport } = setup();
    registerBridgeHandlers(ipcMain, bridge, HUB);
    const print = handlers.get(BRIDGE_CHANNELS.printTicket);
    await expect(
      print?.({ senderFrame: { url: 'http://evil.example/' } }, sampleTicketInput()),
    ).rejects.toThrow('Origen no autorizado');
    await expect(print?.({ senderFrame: null }, sampleTicketInput())).rejects.toThrow(
      'Origen no autorizado',
    );
    expect(transport.jobs).toHaveLength(0);
  });
});
