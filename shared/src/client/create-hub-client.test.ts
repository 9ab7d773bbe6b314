// The test plays the hub, so it runs a real socket.io server on loopback (node-only by nature).
// eslint-disable-next-line no-restricted-imports
import { createServer } from 'node:http';
import { Server } from 'socket.io';
import { io as realIo } from 'socket.io-client';
import type { Socket as ServerSocket } from 'socket.io';
import type { DomainEvent, Ticket } from '../domain';
import type {
  KioskClientEvents,
  KioskStatusView,
  PrintOutcome,
  ServerToClientEvents,
  SyncSnapshot,
} from '../protocol';
import { PROTOCOL_VERSION } from '../protocol';
import { createHubClient } from './create-hub-client';
import type { HubClient } from './hub-client';
import { sampleSyncSnapshot, sampleWaitingTicket } from './sample-snapshot';

type HubSide = Server<KioskClientEvents, ServerToClientEvents>;
type HubSocket = ServerSocket<KioskClientEvents, ServerToClientEvents>;

const TOKEN = 'test-kiosk-key';

type TestHub = {
  url: string;
  io: HubSide;
  /** Server-side sockets of /kiosk, in connection order. */
  sockets: HubSocket[];
  /** Handshake auth objects received, in order. */
  handshakes: unknown[];
  close(): Promise<void>;
};

/**
 * Starts a stand-in hub on 127.0.0.1 port 0 whose /kiosk namespace checks the handshake like the
 * real one and sends `snapshot()` on every connection.
 */
async function startTestHub(
  snapshot: () => SyncSnapshot,
  serverOptions: {
    pingInterval?: number;
    /** What the hub does on a connection instead of sending the snapshot. */
    greet?: (socket: HubSocket) => void;
  } = {},
): Promise<TestHub> {
  const http = createServer();
  const io: HubSide = new Server(http, {
    pingInterval: serverOptions.pingInterval ?? 5000,
    pingTimeout: 4000,
  });
  const sockets: HubSocket[] = [];
  const handshakes: unknown[] = [];
  const kiosk = io.of('/kiosk');
  kiosk.use((socket, next) => {
    const auth: unknown = socket.handshake.auth;
    handshakes.push(auth);
    const version =
      typeof auth === 'object' && auth !== null && 'protocolVersion' in auth
        ? auth.protocolVersion
        : null;
    if (version !== PROTOCOL_VERSION) {
      const message = 'La versión del protocolo no coincide con la del servidor.';
      return next(
        Object.assign(new Error(message), { data: { code: 'PROTOCOL_MISMATCH', message } }),
      );
    }
    next();
  });
  kiosk.on('connection', (socket) => {
    sockets.push(socket);
    socket.on('sync:request', (ack) => ack({ ok: true, value: snapshot() }));
    if (serverOptions.greet) serverOptions.greet(socket);
    else socket.emit('sync:snapshot', snapshot());
  });
  await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
  const address = http.address();
  if (address === null || typeof address === 'string') throw new Error('not listening on TCP');
  const { port } = address;
  return {
    url: `http://127.0.0.1:${port}`,
    io,
    sockets,
    handshakes,
    close: () => new Promise((resolve) => io.close(() => resolve())),
  };
}

function waitingTicket(sequence: number): Ticket {
  return sampleWaitingTicket(
    'licencias',
    'L',
    sequence,
    Date.UTC(2025, 2, 10, 15, sequence),
    'none',
  );
}

function issued(sequence: number): DomainEvent[] {
  const ticket = waitingTicket(sequence);
  return [{ type: 'ticket:issued', at: ticket.issuedAt, ticket }];
}

function lastSocket(hub: TestHub): HubSocket {
  const socket = hub.sockets.at(-1);
  if (!socket) throw new Error('no client connected');
  return socket;
}

let hub: TestHub | undefined;
let client: HubClient<KioskClientEvents> | undefined;

function connect(
  url: string,
  options: { staleAfterMs?: number; snapshotWaitMs?: number } = {},
): HubClient<KioskClientEvents> {
  client = createHubClient<KioskClientEvents>({
    url,
    namespace: 'kiosk',
    token: TOKEN,
    ...options,
  });
  return client;
}

afterEach(async () => {
  client?.close();
  client = undefined;
  await hub?.close();
  hub = undefined;
});

describe('createHubClient', () => {
  it('sends protocol version and token, uses WebSocket only, and goes online with the snapshot', async () => {
    const base = sampleSyncSnapshot();
    hub = await startTestHub(() => ({ ...base, serverNow: Date.now() + 60_000 }));
    const hubClient = connect(hub.url);
    expect(hubClient.getSnapshot().status).toBe('connecting');

    await vi.waitFor(() => expect(hubClient.getSnapshot().status).toBe('online'));
    const snapshot = hubClient.getSnapshot();
    expect(snapshot.seq).toBe(base.seq);
    expect(snapshot.office?.name).toBe('Centro de Atención al Ciudadano');
    expect(snapshot.state).toEqual(base.state);
    expect(snapshot.serverOffsetMs).toBeGreaterThan(55_000);
    expect(hub.handshakes[0]).toEqual({ protocolVersion: PROTOCOL_VERSION, token: TOKEN });
    expect(lastSocket(hub).conn.transport.name).toBe('websocket');
  });

  it('applies the next delta, ignores a duplicate, and keeps the snapshot object stable in between', async () => {
    const base = sampleSyncSnapshot();
    hub = await startTestHub(() => base);
    const hubClient = connect(hub.url);
    await vi.waitFor(() => expect(hubClient.getSnapshot().status).toBe('online'));
    const notified = vi.fn();
    hubClient.subscribe(notified);
    const before = hubClient.getSnapshot();
    expect(hubClient.getSnapshot()).toBe(before);

    lastSocket(hub).emit('sync:events', { seq: base.seq + 1, events: issued(1) });
    await vi.waitFor(() => expect(hubClient.getSnapshot().seq).toBe(base.seq + 1));
    const applied = hubClient.getSnapshot();
    expect(applied.state?.tickets['licencias-1']?.number).toBe('L-001');
    expect(notified).toHaveBeenCalledTimes(1);

    // The same batch again (a redelivery) and an older one: nothing changes, nobody is notified.
    lastSocket(hub).emit('sync:events', { seq: base.seq + 1, events: issued(1) });
    lastSocket(hub).emit('sync:events', { seq: base.seq, events: issued(7) });
    lastSocket(hub).emit('sync:events', { seq: base.seq + 2, events: issued(2) });
    await vi.waitFor(() => expect(hubClient.getSnapshot().seq).toBe(base.seq + 2));
    const state = hubClient.getSnapshot().state;
    expect(state?.serviceStats['licencias']?.issued).toBe(2);
    expect(state?.tickets['licencias-7']).toBeUndefined();
    expect(notified).toHaveBeenCalledTimes(2);
  });

  it('asks for a snapshot after a gap and replaces its state with the answer', async () => {
    const base = sampleSyncSnapshot();
    let current: SyncSnapshot = base;
    hub = await startTestHub(() => current);
    const hubClient = connect(hub.url);
    await vi.waitFor(() => expect(hubClient.getSnapshot().status).toBe('online'));
    const requests = vi.fn();
    lastSocket(hub).on('sync:request', requests);

    // Batches seq+1 and seq+2 were lost; the hub now holds seq+3.
    const caughtUp = {
      ...base,
      seq: base.seq + 3,
      state: { ...base.state, lastSequence: { licencias: 3 } },
    };
    current = caughtUp;
    lastSocket(hub).emit('sync:events', { seq: base.seq + 3, events: issued(3) });

    await vi.waitFor(() => expect(hubClient.getSnapshot().seq).toBe(base.seq + 3));
    expect(requests).toHaveBeenCalledTimes(1);
    // The snapshot wins; the gapped delta is a duplicate of it and is not applied on top.
    expect(hubClient.getSnapshot().state).toEqual(caughtUp.state);

    lastSocket(hub).emit('sync:events', { seq: base.seq + 4, events: issued(4) });
    await vi.waitFor(() => expect(hubClient.getSnapshot().seq).toBe(base.seq + 4));
    expect(hubClient.getSnapshot().state?.tickets['licencias-4']).toBeDefined();
  });

  it('keeps a delta that arrives before the snapshot and applies it on top', async () => {
    const base = sampleSyncSnapshot();
    hub = await startTestHub(() => base, {
      greet: (socket) => {
        socket.emit('sync:events', { seq: base.seq + 1, events: issued(1) });
        socket.emit('sync:snapshot', base);
      },
    });
    const hubClient = connect(hub.url);
    await vi.waitFor(() => expect(hubClient.getSnapshot().seq).toBe(base.seq + 1));
    expect(hubClient.getSnapshot().state?.tickets['licencias-1']).toBeDefined();
  });

  it('asks for the snapshot itself when the connect did not bring one', async () => {
    const base = sampleSyncSnapshot();
    hub = await startTestHub(() => base, { greet: () => undefined });
    const hubClient = connect(hub.url, { snapshotWaitMs: 100 });
    await vi.waitFor(() => expect(hubClient.getSnapshot().status).toBe('online'));
    expect(hubClient.getSnapshot().seq).toBe(base.seq);
  });

  it('is rejected, with the hub’s code and message, when the protocol does not match', async () => {
    hub = await startTestHub(() => sampleSyncSnapshot());
    const rejected = createHubClient<KioskClientEvents>({
      url: hub.url,
      namespace: 'kiosk',
      token: TOKEN,
      // A client from another build: same code, another protocol version in the handshake.
      io: (url, options) =>
        realIo(url, { ...options, auth: { protocolVersion: PROTOCOL_VERSION + 1, token: TOKEN } }),
    });
    client = rejected;
    await vi.waitFor(() => expect(rejected.getSnapshot().status).toBe('rejected'));
    expect(rejected.getSnapshot().error).toEqual({
      code: 'PROTOCOL_MISMATCH',
      message: 'La versión del protocolo no coincide con la del servidor.',
    });
    // It does not keep knocking.
    await new Promise((resolve) => setTimeout(resolve, 600));
    expect(hub.handshakes).toHaveLength(1);
  });

  it('goes offline when the link drops and comes back online with a fresh snapshot', async () => {
    const base = sampleSyncSnapshot();
    let current: SyncSnapshot = base;
    hub = await startTestHub(() => current);
    const hubClient = connect(hub.url);
    await vi.waitFor(() => expect(hubClient.getSnapshot().status).toBe('online'));
    const statuses: string[] = [];
    hubClient.subscribe(() => statuses.push(hubClient.getSnapshot().status));

    current = { ...base, seq: base.seq + 5 };
    lastSocket(hub).conn.close();

    await vi.waitFor(() => expect(hubClient.getSnapshot().seq).toBe(base.seq + 5));
    expect(statuses).toEqual(['offline', 'online']);
    expect(hub.sockets).toHaveLength(2);
  });

  it('reconnects by itself when the link goes silent', async () => {
    // The server pings rarely, so only the client's staleness check can notice.
    hub = await startTestHub(() => sampleSyncSnapshot(), { pingInterval: 60_000 });
    const hubClient = connect(hub.url, { staleAfterMs: 300 });
    await vi.waitFor(() => expect(hubClient.getSnapshot().status).toBe('online'));
    const testHub = hub;
    await vi.waitFor(() => expect(testHub.sockets.length).toBeGreaterThanOrEqual(2), {
      timeout: 3000,
    });
    await vi.waitFor(() => expect(hubClient.getSnapshot().status).toBe('online'));
  });

  it('passes each print:result to its listeners until they unsubscribe, and leaves the state alone', async () => {
    hub = await startTestHub(() => sampleSyncSnapshot());
    const hubClient = connect(hub.url);
    await vi.waitFor(() => expect(hubClient.getSnapshot().status).toBe('online'));
    const before = hubClient.getSnapshot();
    const heard: PrintOutcome[] = [];
    const other: PrintOutcome[] = [];
    const unsubscribe = hubClient.onPrintResult((outcome) => heard.push(outcome));
    hubClient.onPrintResult((outcome) => other.push(outcome));
    const failed: PrintOutcome = {
      ticketId: 'licencias-1',
      number: 'L-001',
      ok: false,
      code: 'PRINTER_OFFLINE',
      message: 'La impresora no responde.',
    };

    lastSocket(hub).emit('print:result', failed);
    await vi.waitFor(() => expect(heard).toEqual([failed]));
    unsubscribe();
    lastSocket(hub).emit('print:result', { ticketId: 'licencias-2', number: 'L-002', ok: true });

    await vi.waitFor(() => expect(other).toHaveLength(2));
    expect(other[1]).toEqual({ ticketId: 'licencias-2', number: 'L-002', ok: true });
    expect(heard).toEqual([failed]);
    expect(hubClient.getSnapshot()).toBe(before);
  });

  it('sends a command with a generated requestId and reuses it when it retries after a timeout', async () => {
    hub = await startTestHub(() => sampleSyncSnapshot());
    const hubClient = connect(hub.url);
    await vi.waitFor(() => expect(hubClient.getSnapshot().status).toBe('online'));
    const payloads: unknown[] = [];
    lastSocket(hub).on('ticket:take', (payload, ack) => {
      payloads.push(payload);
      // The first answer is "lost": only the retry is acknowledged.
      if (payloads.length === 2) ack({ ok: true, value: { seq: 9, ticket: null, issued: null } });
    });

    const result = await hubClient.command(
      'ticket:take',
      { serviceId: 'licencias', category: 'none' },
      { timeoutMs: 200, retries: 1 },
    );

    expect(result).toEqual({ ok: true, value: { seq: 9, ticket: null, issued: null } });
    expect(payloads).toHaveLength(2);
    const [first, second] = payloads;
    expect(first).toMatchObject({
      serviceId: 'licencias',
      category: 'none',
      requestId: expect.any(String),
    });
    expect(second).toEqual(first);
  });

  it('turns a timeout into an INTERNAL error that carries the requestId for a manual retry', async () => {
    hub = await startTestHub(() => sampleSyncSnapshot());
    const hubClient = connect(hub.url);
    await vi.waitFor(() => expect(hubClient.getSnapshot().status).toBe('online'));
    lastSocket(hub).on('ticket:take', () => undefined);

    const result = await hubClient.command(
      'ticket:take',
      { serviceId: 'licencias' },
      { timeoutMs: 100 },
    );

    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('HUB_UNREACHABLE');
    expect(result.error.message).toBe('El servidor no respondió a tiempo. Intente de nuevo.');
    expect(result.error.details).toMatchObject({
      reason: 'timeout',
      requestId: expect.any(String),
    });
  });

  it('refuses a command at once while offline instead of queueing it for later', async () => {
    hub = await startTestHub(() => sampleSyncSnapshot());
    const url = hub.url;
    await hub.close();
    hub = undefined;
    const hubClient = connect(url);
    await vi.waitFor(() => expect(hubClient.getSnapshot().status).toBe('offline'));

    const result = await hubClient.command('ticket:take', { serviceId: 'licencias' });

    expect(result).toMatchObject({
      ok: false,
      error: { code: 'HUB_UNREACHABLE', details: { reason: 'offline' } },
    });
  });
  it('keeps the latest kiosks:snapshot in its state and ignores one that is not a kiosk list', async () => {
    hub = await startTestHub(() => sampleSyncSnapshot());
    const hubClient = connect(hub.url);
    await vi.waitFor(() => expect(hubClient.getSnapshot().status).toBe('online'));
    expect(hubClient.getSnapshot().kiosks).toBeNull();
    const kiosks: KioskStatusView[] = [
      {
        deviceId: 'kiosk-1',
        name: 'Kiosco de la entrada',
        online: true,
        connectionSince: 1000,
        printsAtHub: false,
        printer: {
          condition: 'no_paper',
          code: 'PRINTER_NO_PAPER',
          message: 'La impresora de tickets se quedó sin papel.',
          since: 2000,
          lastAt: 3000,
          lastNumber: 'L-002',
          failedInRow: 2,
          source: 'bridge',
        },
      },
    ];
    const socket = lastSocket(hub);
    socket.emit('kiosks:snapshot', kiosks);
    await vi.waitFor(() => expect(hubClient.getSnapshot().kiosks).toEqual(kiosks));
    const kept = hubClient.getSnapshot();

    // A malformed message (a newer or broken hub) leaves what the client knew.
    (socket as unknown as { emit(event: string, value: unknown): void }).emit('kiosks:snapshot', [
      { name: 'sin id' },
    ]);
    socket.emit('kiosks:snapshot', []);
    await vi.waitFor(() => expect(hubClient.getSnapshot().kiosks).toEqual([]));
    expect(kept.kiosks).toEqual(kiosks);
  });

  it('reports a print to the hub and passes its answer back; a silent hub is a timeout', async () => {
    hub = await startTestHub(() => sampleSyncSnapshot());
    const hubClient = connect(hub.url);
    await vi.waitFor(() => expect(hubClient.getSnapshot().status).toBe('online'));
    const received: unknown[] = [];
    lastSocket(hub).on('print:report', (report, ack) => {
      received.push(report);
      if (received.length === 1) ack({ ok: true, value: { recordedAt: 1234 } });
    });
    const report = {
      ticketId: 'licencias-1',
      number: 'L-001',
      via: 'bridge',
      ok: false,
      code: 'PRINTER_COVER_OPEN',
      message: 'La tapa de la impresora de tickets está abierta.',
    } as const;

    expect(await hubClient.reportPrint(report)).toEqual({ ok: true, value: { recordedAt: 1234 } });
    expect(received).toEqual([report]);
    expect(await hubClient.reportPrint(report, { timeoutMs: 100 })).toMatchObject({
      ok: false,
      error: { code: 'HUB_UNREACHABLE', details: { reason: 'timeout' } },
    });
  });
});
