// The bench's socket.io clients: real socket.io-client sockets (websocket transport) on 127.0.0.1,
// with a decoder that does not JSON-parse full snapshots (see LazySnapshotDecoder).
import { performance } from 'node:perf_hooks';
import type {
  CommandAck,
  NamespaceName,
  Result,
  SyncDelta,
  SyncSnapshot,
} from '@cac/shared/protocol';
import { NAMESPACES, PROTOCOL_VERSION } from '@cac/shared/protocol';
import { io } from 'socket.io-client';
import type { Socket } from 'socket.io-client';
// socket.io-parser is socket.io-client's own parser (a transitive dependency, same version).
import { Decoder, Encoder } from 'socket.io-parser';

/** What the bench keeps of a snapshot: its seq and size (and, when parsed, its live tickets). */
export type LazySnapshot = { lazy: true; seq: number; bytes: number; tickets?: number };

// `2/display,["sync:snapshot",{"seq":123,...` — the hub builds the snapshot with `seq` first.
const SNAPSHOT_HEAD = /^2(\/[^,[]*,)?\["sync:snapshot",\{"seq":(\d+)/;
const DELTA_HEAD = /^2(\/[^,[]*,)?\["sync:events",/;

/**
 * A socket.io decoder that hands `sync:snapshot` packets over as `{lazy, seq, bytes}` without
 * parsing them: after 10,000 tickets a snapshot is megabytes of JSON, and 200 clients parsing it
 * in the bench process would measure the bench, not the hub. With `dropDeltas` it also drops
 * `sync:events` packets unparsed (load generators that never look at them). Everything else is
 * decoded normally.
 */
function lazyDecoder(dropDeltas: boolean): typeof Decoder {
  return class LazySnapshotDecoder extends Decoder {
    override add(obj: unknown): void {
      if (typeof obj === 'string' && obj.startsWith('2')) {
        const start = obj.slice(0, 200);
        const head = SNAPSHOT_HEAD.exec(start);
        if (head) {
          const nsp = head[1] ? head[1].slice(0, -1) : '/';
          const data: LazySnapshot = { lazy: true, seq: Number(head[2]), bytes: obj.length };
          this.emitReserved('decoded', { type: 2, nsp, data: ['sync:snapshot', data] });
          return;
        }
        if (dropDeltas && DELTA_HEAD.test(start)) return;
      }
      super.add(obj);
    }
  };
}

const lazyParser = { Encoder, Decoder: lazyDecoder(false) };
const deltaDroppingParser = { Encoder, Decoder: lazyDecoder(true) };

/** One connected bench client. */
export type BenchClient = {
  namespace: NamespaceName;
  socket: Socket;
  /** Last snapshot seen (lazily decoded) and when (performance.now()). */
  snapshot: LazySnapshot | null;
  snapshotAt: number;
  snapshots: number;
  /** Highest seq seen in a snapshot or (for clients with `onEvents`) a delta. */
  lastSeq: number;
  /** Sends a command; resolves with the hub's Result or rejects on timeout. */
  command(name: string, payload: unknown, timeoutMs?: number): Promise<Result<CommandAck>>;
  close(): void;
};

/** Options of {@link connectClient}. */
export type ClientOptions = {
  /** socket.io-client reconnection with the given delays (default: no reconnection). */
  reconnect?: { delayMs: number; delayMaxMs: number };
  /** Called with every delta and the performance.now() it arrived at. */
  onEvents?: (delta: SyncDelta, at: number) => void;
  /** Parse snapshots for real (default false: see {@link lazyDecoder}). */
  parseSnapshots?: boolean;
  /** Drop deltas unparsed (load generators); ignored when `onEvents` is given. */
  dropDeltas?: boolean;
};

/** Connects one client and resolves after its first snapshot (rejects on a handshake error). */
export function connectClient(
  url: string,
  namespace: NamespaceName,
  token: string,
  options: ClientOptions = {},
): Promise<BenchClient> {
  const socket = io(`${url}${NAMESPACES[namespace]}`, {
    auth: { protocolVersion: PROTOCOL_VERSION, token },
    transports: ['websocket'],
    forceNew: true,
    reconnection: options.reconnect !== undefined,
    reconnectionDelay: options.reconnect?.delayMs ?? 1000,
    reconnectionDelayMax: options.reconnect?.delayMaxMs ?? 5000,
    ...(options.parseSnapshots
      ? {}
      : { parser: options.dropDeltas && !options.onEvents ? deltaDroppingParser : lazyParser }),
  });
  const client: BenchClient = {
    namespace,
    socket,
    snapshot: null,
    snapshotAt: 0,
    snapshots: 0,
    lastSeq: 0,
    command: (name, payload, timeoutMs = 10000) =>
      socket.timeout(timeoutMs).emitWithAck(name, payload) as Promise<Result<CommandAck>>,
    close: () => socket.close(),
  };
  socket.on('sync:snapshot', (snapshot: LazySnapshot | SyncSnapshot) => {
    client.snapshotAt = performance.now();
    client.snapshots += 1;
    client.snapshot =
      'lazy' in snapshot
        ? snapshot
        : {
            lazy: true,
            seq: snapshot.seq,
            bytes: JSON.stringify(snapshot).length,
            tickets: Object.keys(snapshot.state.tickets).length,
          };
    client.lastSeq = Math.max(client.lastSeq, client.snapshot.seq);
  });
  if (options.onEvents) {
    const onEvents = options.onEvents;
    socket.on('sync:events', (delta: SyncDelta) => {
      client.lastSeq = Math.max(client.lastSeq, delta.seq);
      onEvents(delta, performance.now());
    });
  }
  return new Promise((resolve, reject) => {
    // Only the first connection's outcome settles this promise; later connect errors belong to
    // socket.io-client's reconnection and must not close the socket.
    const onError = (error: Error): void => {
      clearTimeout(timer);
      socket.off('sync:snapshot', onSnapshot);
      socket.close();
      reject(error);
    };
    const onSnapshot = (): void => {
      clearTimeout(timer);
      socket.off('connect_error', onError);
      resolve(client);
    };
    const timer = setTimeout(
      () => onError(new Error(`${namespace}: no snapshot within 30 s`)),
      30000,
    );
    socket.once('connect_error', onError);
    socket.once('sync:snapshot', onSnapshot);
  });
}

/** Connects many clients, at most `parallel` handshakes at a time. */
export async function connectMany(
  count: number,
  connect: (index: number) => Promise<BenchClient>,
  parallel = 20,
): Promise<BenchClient[]> {
  const clients: BenchClient[] = new Array<BenchClient>(count);
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(parallel, count) }, async () => {
      for (let index = next++; index < count; index = next++) clients[index] = await connect(index);
    }),
  );
  return clients;
}

/** Logs a staff member in over REST and returns the token. */
export async function login(url: string, username: string, pin = '1234'): Promise<string> {
  const response = await fetch(`${url}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, pin }),
  });
  const body = (await response.json()) as { token?: string };
  if (!body.token) throw new Error(`login failed for ${username}: ${JSON.stringify(body)}`);
  return body.token;
}
