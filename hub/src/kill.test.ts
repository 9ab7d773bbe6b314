// A power cut in the middle of a rush: the hub is SIGKILLed while ten kiosks are taking tickets,
// restarted on the same data folder, and the kiosks retry what was not answered (same requestId).
// Nothing acknowledged may be lost, no number may be handed out twice, and no retry may create a
// second ticket.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import type { CommandAck, Result } from '@cac/shared/protocol';
import { NAMESPACES, PROTOCOL_VERSION } from '@cac/shared/protocol';
import { io } from 'socket.io-client';
import type { Socket } from 'socket.io-client';
import type { SpawnedHub } from './testing/spawn-hub';
import { freePort, spawnHub, writeOfficeFile } from './testing/spawn-hub';

const KIOSKS = 10;
/** Commands in flight per kiosk: a kiosk's burst runs in two lanes. */
const LANES = 2;
const PER_KIOSK = 30;
const TOTAL = KIOSKS * PER_KIOSK;
/** The hub is killed when this many tickets have been acknowledged (mid-burst, not after a sleep). */
const KILL_AFTER_ACKS = Math.floor(TOTAL * 0.4);
// Generous for a loaded 2-core machine; a disconnect ends the wait at once anyway.
const ACK_TIMEOUT_MS = 3000;
const GIVE_UP_MS = 40000;
const SERVICES = ['registro-civil', 'licencias', 'mesa-de-partes', 'tributos', 'orientacion'];

type Acked = {
  kiosk: number;
  requestId: string;
  id: string;
  number: string;
  serviceId: string;
  /** Whether the ack arrived before the kill. */
  beforeKill: boolean;
};

let dataDir = '';
let port = 0;
let hub: SpawnedHub | null = null;
const sockets: Socket[] = [];

beforeAll(async () => {
  dataDir = await mkdtemp(path.join(tmpdir(), 'cac-kill-'));
  port = await freePort();
});

afterAll(async () => {
  for (const socket of sockets) socket.close();
  await hub?.kill('SIGKILL');
  await rm(dataDir, { recursive: true, force: true });
});

function kioskSocket(url: string, key: string): Socket {
  const socket = io(`${url}${NAMESPACES.kiosk}`, {
    auth: { protocolVersion: PROTOCOL_VERSION, token: key },
    transports: ['websocket'],
    forceNew: true,
    reconnectionDelay: 100,
    reconnectionDelayMax: 500,
  });
  sockets.push(socket);
  return socket;
}

function whenConnected(socket: Socket, maxMs: number): Promise<void> {
  if (socket.connected) return Promise.resolve();
  return new Promise((resolve) => {
    const done = (): void => {
      clearTimeout(timer);
      socket.off('connect', done);
      resolve();
    };
    const timer = setTimeout(done, maxMs);
    socket.on('connect', done);
  });
}

it('loses no acknowledged ticket and duplicates nothing when the hub is SIGKILLed mid-burst', async () => {
  // Ten kiosk devices, each with its own rate-limit bucket (1000/min, burst 167): retries included,
  // no device comes near it, so every answer is a ticket.
  const keys = writeOfficeFile(dataDir, {
    ticketsPerMinutePerDevice: 1000,
    extraKiosks: { prefix: 'kill', count: KIOSKS },
  });
  const started = Date.now();
  hub = await spawnHub({ dataDir, port, readyTimeoutMs: 30000 });
  const url = hub.url;
  const kiosks = keys.map((key) => kioskSocket(url, key));
  await Promise.all(kiosks.map((socket) => whenConnected(socket, 10000)));
  expect(kiosks.every((socket) => socket.connected)).toBe(true);

  const acked = new Map<string, Acked>();
  const refusals: string[] = [];
  const run: { retries: number; killedAt: number | null; restarted: Promise<SpawnedHub> | null } = {
    retries: 0,
    killedAt: null,
    restarted: null,
  };
  const tag = Date.now().toString(36);

  const killAndRestart = (victim: SpawnedHub): void => {
    run.killedAt = acked.size;
    // Synchronously inside the ack handler, so other commands are still in flight.
    run.restarted = victim
      .kill('SIGKILL')
      .then(() => spawnHub({ dataDir, port, readyTimeoutMs: 30000 }))
      .then((next) => {
        hub = next;
        return next;
      });
    // Awaited after the burst; until then a failed restart must not count as unhandled.
    run.restarted.catch(() => undefined);
  };

  async function take(kiosk: number, requestId: string, serviceId: string): Promise<void> {
    const socket = kiosks[kiosk];
    if (!socket) throw new Error(`no kiosk ${kiosk}`);
    for (;;) {
      if (Date.now() - started > GIVE_UP_MS)
        throw new Error(`${requestId}: no answer after ${GIVE_UP_MS} ms`);
      await whenConnected(socket, 1000);
      let result: Result<CommandAck>;
      try {
        result = (await socket
          .timeout(ACK_TIMEOUT_MS)
          .emitWithAck('ticket:take', { serviceId, requestId })) as Result<CommandAck>;
      } catch {
        // Ack timeout, or the connection died under the command: same requestId again.
        run.retries += 1;
        continue;
      }
      if (!result.ok || !result.value.issued) {
        refusals.push(`${requestId}: ${JSON.stringify(result)}`);
        return;
      }
      const { id, number } = result.value.issued;
      acked.set(requestId, {
        kiosk,
        requestId,
        id,
        number,
        serviceId,
        beforeKill: run.killedAt === null,
      });
      if (acked.size === KILL_AFTER_ACKS && hub) killAndRestart(hub);
      return;
    }
  }

  const lanes: Promise<void>[] = [];
  for (let kiosk = 0; kiosk < KIOSKS; kiosk += 1) {
    for (let lane = 0; lane < LANES; lane += 1) {
      lanes.push(
        (async () => {
          for (let n = lane; n < PER_KIOSK; n += LANES) {
            await take(
              kiosk,
              `kill-${tag}-${kiosk}-${n}`,
              SERVICES[(kiosk + n) % SERVICES.length] ?? 'orientacion',
            );
          }
        })(),
      );
    }
  }
  await Promise.all(lanes);
  expect(run.restarted).not.toBeNull();
  const restarted = await run.restarted;
  if (!restarted) return;

  // The kill really was mid-burst, and some commands had to be retried across it.
  expect(run.killedAt).toBe(KILL_AFTER_ACKS);
  expect(run.retries).toBeGreaterThan(0);
  expect(refusals).toEqual([]);
  expect(acked.size).toBe(TOTAL);
  // Two requestIds never share a ticket.
  expect(new Set([...acked.values()].map((a) => a.id)).size).toBe(TOTAL);

  // Whether a commit lost its ack in the kill is up to timing; a kiosk whose ack was lost is not:
  // each kiosk sends again a request the killed hub had answered, and gets that first ticket back.
  for (let kiosk = 0; kiosk < KIOSKS; kiosk += 1) {
    const first = [...acked.values()].find((a) => a.kiosk === kiosk && a.beforeKill);
    if (!first) continue;
    const again = (await kiosks[kiosk]?.timeout(ACK_TIMEOUT_MS).emitWithAck('ticket:take', {
      serviceId: first.serviceId,
      requestId: first.requestId,
    })) as Result<CommandAck>;
    expect(again.ok && again.value.issued).toMatchObject({ id: first.id, number: first.number });
  }

  // Stop the restarted hub cleanly (its WAL is checkpointed) and read the ledger itself.
  for (const socket of sockets) socket.close();
  const exit = await restarted.kill('SIGTERM');
  expect(exit.code).toBe(0);
  const db = new Database(path.join(dataDir, 'ledger.sqlite'), {
    readonly: true,
    fileMustExist: true,
  });
  try {
    const tickets = db
      .prepare<
        [],
        { id: string; office_day: string; service_id: string; number: string; sequence: number }
      >(
        `SELECT id, office_day, service_id, number, sequence FROM tickets WHERE previous_ticket_id IS NULL`,
      )
      .all();
    const requests = db
      .prepare<[], { actor_id: string; request_id: string; response_json: string }>(
        'SELECT actor_id, request_id, response_json FROM requests',
      )
      .all();
    const ticketById = new Map(tickets.map((t) => [t.id, t]));

    // Every acknowledged ticket is in the ledger with the number the kiosk printed.
    for (const a of acked.values()) {
      expect(ticketById.get(a.id), `${a.requestId} → ${a.number}`).toMatchObject({
        number: a.number,
        service_id: a.serviceId,
      });
    }
    // No number twice per service and day.
    const numbers = tickets.map((t) => `${t.office_day}/${t.service_id}/${t.sequence}`);
    expect(new Set(numbers).size).toBe(numbers.length);
    // Each requestId produced exactly one ticket, and it is the one its kiosk was given.
    expect(requests).toHaveLength(TOTAL);
    const ticketOfRequest = new Map(
      requests.map((r) => [
        r.request_id,
        (JSON.parse(r.response_json) as { issued: { id: string; number: string } }).issued,
      ]),
    );
    for (const a of acked.values()) {
      expect(ticketOfRequest.get(a.requestId)).toMatchObject({ id: a.id, number: a.number });
    }
    // …and there is no other ticket: the total equals the distinct acknowledged requestIds.
    expect(new Set([...ticketOfRequest.values()].map((t) => t.id))).toEqual(
      new Set(ticketById.keys()),
    );
    expect(tickets).toHaveLength(acked.size);
  } finally {
    db.close();
  }
}, 55000);
