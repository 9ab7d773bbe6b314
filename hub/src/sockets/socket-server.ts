import type { Server as HttpServer } from 'node:http';
import type { Role } from '@cac/shared/domain';
import type {
  CommandName,
  CommonClientEvents,
  InterServerEvents,
  KioskStatusView,
  NamespaceName,
  PrintOutcome,
  ServerToClientEvents,
  SocketData,
  SyncDelta,
  SyncSnapshot,
} from '@cac/shared/protocol';
import {
  COUNTER_COMMANDS,
  HandshakeAuthSchema,
  PROCEDURE_COMMANDS,
  KIOSK_COMMANDS,
  NAMESPACES,
  PROTOCOL_VERSION,
  err,
  ok,
} from '@cac/shared/protocol';
import type { Logger } from 'pino';
import { Server } from 'socket.io';
import type { Namespace, Socket } from 'socket.io';
import type { AuthService, Principal } from '../auth/auth-service';
import { appError } from '../errors/app-errors';
import type { KioskBoard } from '../printing/kiosk-board';
import type { PrintReportHandler } from '../printing/print-report';
import { publicEvents } from '../views/public-events';
import { preEncodedParser, withPreEncodedJson } from './pre-encoded-parser';
import type { CommittedBatch } from '../writer/command-writer';
import type { CommandGate } from './command-gate';
import type { ProcedureGate } from '../procedures/procedure-gate';

/** Who may connect to each namespace. */
const NAMESPACE_ROLES: Readonly<Record<NamespaceName, readonly Role[]>> = {
  kiosk: ['kiosk'],
  counter: ['clerk', 'supervisor', 'admin'],
  // Staff may open a display in a browser to check what the waiting room sees.
  display: ['display', 'clerk', 'supervisor', 'admin'],
  admin: ['supervisor', 'admin'],
};

/** Commands each namespace listens to. */
const NAMESPACE_COMMANDS: Readonly<Record<NamespaceName, readonly CommandName[]>> = {
  kiosk: KIOSK_COMMANDS,
  counter: COUNTER_COMMANDS,
  display: [],
  admin: [],
};

/** Namespaces that only ever see public events (no notes or reasons typed by staff). */
const PUBLIC_NAMESPACES: readonly NamespaceName[] = ['kiosk', 'display'];

/** Namespaces of staff only: they also receive the kiosks' connection and printer state. */
const STAFF_NAMESPACES: readonly NamespaceName[] = ['counter', 'admin'];

type AnyNamespace = Namespace<
  CommonClientEvents,
  ServerToClientEvents,
  InterServerEvents,
  SocketData
>;
type AnySocket = Socket<CommonClientEvents, ServerToClientEvents, InterServerEvents, SocketData>;

/** The hub's socket.io side. */
export type SocketHub = {
  broadcast(batches: readonly CommittedBatch[]): void;
  close(): Promise<void>;
  /** Connected sockets per namespace (for health and benchmarks). */
  connections(): Record<NamespaceName, number>;
  /** Tells one kiosk device (all its open sockets) how printing its ticket went. */
  sendPrintOutcome(deviceId: string, outcome: PrintOutcome): void;
  /** Tells every staff connection the kiosks' new state (`kiosks:snapshot`). */
  sendKiosks(kiosks: readonly KioskStatusView[]): void;
  /**
   * After a configuration change: every socket whose credential no longer resolves (a rotated
   * device key, a deactivated or removed user) is disconnected, every other one gets a fresh
   * snapshot, so names, services and windows change on every screen without a reload.
   */
  configChanged(): void;
};

/** The room of one device's sockets. */
const deviceRoom = (deviceId: string): string => `device:${deviceId}`;

/** Attaches the four role namespaces to the HTTP server. */
export function attachSocketHub(
  httpServer: HttpServer,
  deps: {
    auth: AuthService;
    gate: CommandGate;
    /** The procedure commands of `/counter` (issue 6). */
    procedures: ProcedureGate;
    snapshotFor: (principal: Principal) => SyncSnapshot;
    /** Kiosks' presence and printer state (told of kiosk connections, read for staff). */
    kiosks: Pick<KioskBoard, 'connected' | 'disconnected' | 'view'>;
    printReport: PrintReportHandler;
    log: Logger;
  },
): SocketHub {
  const io = new Server<CommonClientEvents, ServerToClientEvents, InterServerEvents, SocketData>(
    httpServer,
    {
      // Notice a pulled cable in ~9 s instead of the default ~45 s.
      pingInterval: 5000,
      pingTimeout: 4000,
      maxHttpBufferSize: 16 * 1024,
      serveClient: false,
      transports: ['websocket', 'polling'],
      parser: preEncodedParser,
    },
  );
  // The default namespace serves nobody: faces always connect to a role namespace.
  io.of('/').use((_socket, next) => next(rejection('FORBIDDEN')));

  const namespaces = new Map<NamespaceName, AnyNamespace>();
  const principalsBySocket = new Map<string, Principal>();
  // The token each socket presented, to check it again after a configuration change.
  const tokensBySocket = new Map<string, string>();
  for (const name of Object.keys(NAMESPACES) as NamespaceName[]) {
    const namespace: AnyNamespace = io.of(NAMESPACES[name]);
    namespaces.set(name, namespace);
    namespace.use((socket, next) => {
      const parsed = HandshakeAuthSchema.safeParse(socket.handshake.auth);
      if (!parsed.success) return next(rejection('UNAUTHENTICATED'));
      if (parsed.data.protocolVersion !== PROTOCOL_VERSION) {
        return next(
          rejection('PROTOCOL_MISMATCH', {
            expected: PROTOCOL_VERSION,
            received: parsed.data.protocolVersion,
          }),
        );
      }
      const principal = deps.auth.resolve(parsed.data.token);
      const isDeviceNamespace = name === 'kiosk' || name === 'display';
      if (!principal)
        return next(rejection(isDeviceNamespace ? 'DEVICE_NOT_PAIRED' : 'UNAUTHENTICATED'));
      if (!NAMESPACE_ROLES[name].includes(principal.role)) return next(rejection('FORBIDDEN'));
      socket.data.actor = { id: principal.id, role: principal.role };
      socket.data.tokenHash = principal.tokenHash;
      principalsBySocket.set(socket.id, principal);
      tokensBySocket.set(socket.id, parsed.data.token);
      next();
    });
    namespace.on('connection', (socket) => onConnection(name, socket));
  }
  function onConnection(name: NamespaceName, socket: AnySocket): void {
    const principal = principalsBySocket.get(socket.id);
    if (!principal) {
      socket.disconnect(true);
      return;
    }
    socket.on('disconnect', () => {
      principalsBySocket.delete(socket.id);
      tokensBySocket.delete(socket.id);
      if (name === 'kiosk') deps.kiosks.disconnected(principal.id);
    });
    if (principal.kind === 'device') void socket.join(deviceRoom(principal.id));
    socket.emit('sync:snapshot', deps.snapshotFor(principal));
    if (STAFF_NAMESPACES.includes(name)) socket.emit('kiosks:snapshot', deps.kiosks.view());

    // Commands and reports are registered on the untyped side of the socket: their payloads are
    // unknown until they have been parsed.
    const raw = socket as unknown as {
      on(event: string, listener: (...args: unknown[]) => void): void;
    };
    if (name === 'kiosk') deps.kiosks.connected(principal.id);
    // Listened to everywhere so that it is always answered: the handler refuses every role but a
    // kiosk's. Like a command, a report without an ack has no one to answer and is not recorded.
    raw.on('print:report', (payload: unknown, ack: unknown) => {
      if (typeof ack !== 'function') return;
      answer(ack as (value: unknown) => void, () => deps.printReport(payload, socket.data.actor));
    });

    socket.on('sync:request', (ack: unknown) => {
      if (typeof ack !== 'function') return;
      // The principal as of the last configuration change (a renamed user or device).
      const current = principalsBySocket.get(socket.id) ?? principal;
      answer(ack as (value: unknown) => void, () => ok(deps.snapshotFor(current)));
    });

    for (const command of NAMESPACE_COMMANDS[name]) {
      raw.on(command, (payload: unknown, ack: unknown) => {
        // A command without an ack function has no one to answer; it is ignored, not executed,
        // so that nothing changes without its sender knowing.
        if (typeof ack !== 'function') return;
        const reply = ack as (value: unknown) => void;
        deps
          .gate(command, payload, socket.data.actor)
          .then((outcome) => reply(outcome.result))
          .catch((error: unknown) => {
            deps.log.error({ err: error, command }, 'command failed unexpectedly');
            reply(err(appError('INTERNAL')));
          });
      });
    }

    // Procedures at the window and the expedientes' back office: staff only, on /counter.
    if (name === 'counter') {
      for (const command of PROCEDURE_COMMANDS) {
        raw.on(command, (payload: unknown, ack: unknown) => {
          if (typeof ack !== 'function') return;
          const reply = ack as (value: unknown) => void;
          deps
            .procedures(command, payload, socket.data.actor)
            .then(reply)
            .catch((error: unknown) => {
              deps.log.error({ err: error, command }, 'procedure failed unexpectedly');
              reply(err(appError('INTERNAL')));
            });
        });
      }
    }
  }

  function answer(ack: (value: unknown) => void, produce: () => unknown): void {
    try {
      ack(produce());
    } catch (error) {
      deps.log.error({ err: error }, 'socket handler failed');
      ack(err(appError('INTERNAL')));
    }
  }

  return {
    broadcast(batches) {
      const first = batches[0];
      const last = batches.at(-1);
      if (!first || !last) return;
      // One message per group commit: a busy second costs each client one frame per drain,
      // not one per command. Each variant is encoded once for all its namespaces.
      const events = batches.flatMap((batch) => batch.events);
      const range =
        first.seq === last.seq ? { seq: last.seq } : { seq: last.seq, fromSeq: first.seq };
      const full: SyncDelta = { ...range, events };
      const variants = {
        full: withPreEncodedJson(full, JSON.stringify(full)),
        public: (() => {
          const delta: SyncDelta = { ...range, events: publicEvents(events) };
          return withPreEncodedJson(delta, JSON.stringify(delta));
        })(),
      };
      for (const [name, namespace] of namespaces) {
        namespace.emit(
          'sync:events',
          PUBLIC_NAMESPACES.includes(name) ? variants.public : variants.full,
        );
      }
    },
    close() {
      return new Promise((resolve) => {
        io.close(() => resolve());
      });
    },
    sendPrintOutcome(deviceId, outcome) {
      namespaces.get('kiosk')?.to(deviceRoom(deviceId)).emit('print:result', outcome);
    },
    sendKiosks(kiosks) {
      for (const name of STAFF_NAMESPACES) namespaces.get(name)?.emit('kiosks:snapshot', kiosks);
    },
    configChanged() {
      for (const [name, namespace] of namespaces) {
        for (const socket of namespace.sockets.values()) {
          const token = tokensBySocket.get(socket.id);
          const principal = token === undefined ? null : deps.auth.resolve(token);
          if (!principal || !NAMESPACE_ROLES[name].includes(principal.role)) {
            socket.disconnect(true);
            continue;
          }
          principalsBySocket.set(socket.id, principal);
          socket.data.actor = { id: principal.id, role: principal.role };
          socket.data.tokenHash = principal.tokenHash;
          socket.emit('sync:snapshot', deps.snapshotFor(principal));
        }
      }
    },
    connections() {
      const counts = { kiosk: 0, counter: 0, display: 0, admin: 0 };
      for (const [name, namespace] of namespaces) counts[name] = namespace.sockets.size;
      return counts;
    },
  };
}

/** A handshake refusal the client can read: `err.message` for people, `err.data.code` for programs. */
function rejection(
  code: Parameters<typeof appError>[0],
  params?: Readonly<Record<string, string | number>>,
): Error & { data: { code: string; message: string } } {
  const error = appError(code, params);
  return Object.assign(new Error(error.message), {
    data: { code: error.code, message: error.message },
  });
}
