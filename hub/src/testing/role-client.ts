import type {
  CommandAck,
  HandshakeAuth,
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
  close(): void;
};

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
  const deltas: SyncDelta[] = [];
  const waiters: { match: (d: SyncDelta) => boolean; resolve: (d: SyncDelta) => void }[] = [];
  socket.on('sync:events', (delta: SyncDelta) => {
    deltas.push(delta);
    for (const waiter of [...waiters]) {
      if (waiter.match(delta)) {
        waiters.splice(waiters.indexOf(waiter), 1);
        waiter.resolve(delta);
      }
    }
  });
  return new Promise((resolve, reject) => {
    socket.once('connect_error', (error: Error & { data?: unknown }) => {
      socket.close();
      reject(error);
    });
    socket.once('sync:snapshot', (snapshot: SyncSnapshot) => {
      resolve({
        socket,
        snapshot,
        deltas,
        command: (name, payload) =>
          socket.timeout(5000).emitWithAck(name, payload) as Promise<Result<CommandAck>>,
        waitForDelta(match, timeoutMs = 5000) {
          const seen = deltas.find(match);
          if (seen) return Promise.resolve(seen);
          return new Promise((resolveDelta, rejectDelta) => {
            const timer = setTimeout(() => rejectDelta(new Error('no matching delta')), timeoutMs);
            waiters.push({
              match,
              resolve: (delta) => {
                clearTimeout(timer);
                resolveDelta(delta);
              },
            });
          });
        },
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
