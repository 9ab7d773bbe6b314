import type {
  CommandAck,
  HandshakeAuth,
  KioskStatusView,
  NamespaceName,
  Result,
  SyncDelta,
  SyncSnapshot,
} from '@cac/shared/protocol';
import { NAMESPACES, PROTOCOL_VERSION } from '@cac/shared/protocol';
import { io } from 'socket.io-client';
import type { Socket } from 'socket.io-client';

/** A raw, real socket.io client of one role namespace, recording what the hub sends it. */
export type RoleClient = {
  socket: Socket;
  snapshot: SyncSnapshot;
  deltas: SyncDelta[];
  /** Sends a command and returns the hub's Result (5 s timeout). */
  command(name: string, payload: unknown): Promise<Result<CommandAck>>;
  /** Resolves with the first delta (already received or coming) that satisfies `match`. */
  waitForDelta(match: (delta: SyncDelta) => boolean, timeoutMs?: number): Promise<SyncDelta>;
  /** Every `kiosks:snapshot` received (staff namespaces only), oldest first. */
  kiosks: (readonly KioskStatusView[])[];
  /** Resolves with the first `kiosks:snapshot` (already received or coming) that satisfies `match`. */
  waitForKiosks(
    match: (kiosks: readonly KioskStatusView[]) => boolean,
    timeoutMs?: number,
  ): Promise<readonly KioskStatusView[]>;
  close(): void;
};

type Waiter<T> = { match: (value: T) => boolean; resolve: (value: T) => void };

/** Records what arrives and hands each item to the waiters it satisfies. */
function recorder<T>(): {
  seen: T[];
  push(value: T): void;
  wait(match: (value: T) => boolean, timeoutMs: number, what: string): Promise<T>;
} {
  const seen: T[] = [];
  const waiters: Waiter<T>[] = [];
  return {
    seen,
    push(value) {
      seen.push(value);
      for (const waiter of [...waiters]) {
        if (waiter.match(value)) {
          waiters.splice(waiters.indexOf(waiter), 1);
          waiter.resolve(value);
        }
      }
    },
    wait(match, timeoutMs, what) {
      const found = seen.find(match);
      if (found !== undefined) return Promise.resolve(found);
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no matching ${what}`)), timeoutMs);
        waiters.push({
          match,
          resolve: (value) => {
            clearTimeout(timer);
            resolve(value);
          },
        });
      });
    },
  };
}

/** Connects to a namespace and waits for the first snapshot; rejects with the handshake error. */
export function connectRole(
  url: string,
  namespace: NamespaceName,
  token: string,
  auth: Partial<HandshakeAuth> = {},
): Promise<RoleClient> {
  const socket = io(`${url}${NAMESPACES[namespace]}`, {
    auth: { protocolVersion: PROTOCOL_VERSION, token, ...auth },
    transports: ['websocket'],
    reconnection: false,
    forceNew: true,
  });
  const deltas = recorder<SyncDelta>();
  const kiosks = recorder<readonly KioskStatusView[]>();
  socket.on('sync:events', (delta: SyncDelta) => deltas.push(delta));
  socket.on('kiosks:snapshot', (list: readonly KioskStatusView[]) => kiosks.push(list));
  return new Promise((resolve, reject) => {
    socket.once('connect_error', (error: Error & { data?: unknown }) => {
      socket.close();
      reject(error);
    });
    socket.once('sync:snapshot', (snapshot: SyncSnapshot) => {
      resolve({
        socket,
        snapshot,
        deltas: deltas.seen,
        command: (name, payload) =>
          socket.timeout(5000).emitWithAck(name, payload) as Promise<Result<CommandAck>>,
        waitForDelta: (match, timeoutMs = 5000) => deltas.wait(match, timeoutMs, 'delta'),
        kiosks: kiosks.seen,
        waitForKiosks: (match, timeoutMs = 5000) =>
          kiosks.wait(match, timeoutMs, 'kiosks:snapshot'),
        close: () => socket.close(),
      });
    });
  });
}

/** Logs a staff member in over REST and returns the token. */
export async function loginToken(url: string, username: string, pin = '1234'): Promise<string> {
  const response = await fetch(`${url}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, pin }),
  });
  const body = (await response.json()) as { token?: string };
  if (!body.token) throw new Error(`login failed for ${username}: ${JSON.stringify(body)}`);
  return body.token;
}
