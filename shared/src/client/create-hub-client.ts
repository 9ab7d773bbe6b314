import { io as defaultIo } from 'socket.io-client';
import { RECONNECT_POLICY } from './reconnect-policy';
import type { ManagerOptions, Socket, SocketOptions } from 'socket.io-client';
import { applyEvents } from '../domain';
import type {
  CommandAck,
  CommandInput,
  CommandName,
  CommonClientEvents,
  HandshakeAuth,
  KioskStatusView,
  NamespaceName,
  PrintOutcome,
  PrintReportAck,
  PrintReportInput,
  ProcedureCommandInput,
  ProcedureCommandName,
  ProcedureCommandValue,
  Result,
  ServerToClientEvents,
  SyncDelta,
  SyncSnapshot,
} from '../protocol';
import { COMMAND_SCHEMAS, NAMESPACES, PROTOCOL_VERSION, err } from '../protocol';
import { clientError } from './client-errors';
import { readConnectError } from './connect-error';
import type { CommandOptions, HubClient, HubCommandName } from './hub-client';
import type { HubSnapshot } from './hub-snapshot';
import { INITIAL_HUB_SNAPSHOT } from './hub-snapshot';
import { newRequestId } from './request-id';
import { classifyDelta } from './sync-order';

/** Options of {@link createHubClient}. */
export type HubClientOptions = {
  /** Origin of the hub, e.g. `window.location.origin` or `http://127.0.0.1:4700`. */
  url: string;
  namespace: NamespaceName;
  /** A device key or a staff token from `/auth/login`. */
  token: string;
  /** socket.io-client's `io`, injectable for tests. */
  io?: (uri: string, options: Partial<ManagerOptions & SocketOptions>) => Socket;
  /**
   * Silence after which a link that looks connected is treated as dead and re-established.
   * The hub pings every ~5 s, so 12 s means two missed pings. Default 12000 ms.
   */
  staleAfterMs?: number;
  /** How long to wait for the hub's snapshot after a connect before asking for one. Default 3000 ms. */
  snapshotWaitMs?: number;
};

const DEFAULT_COMMAND_TIMEOUT_MS = 5000;
const RESYNC_TIMEOUT_MS = 5000;
/** Pause before reconnecting when socket.io will not do it by itself (server-side disconnect). */
const MANUAL_RETRY_MS = 1000;

/**
 * Every client-to-hub event the hub knows; each face's map is a subset of it. Command payloads are
 * typed by {@link HubClient.command}'s signature; here they stay `unknown` so that one generic
 * emit serves all of them, and the answer is checked before it is trusted.
 */
type AllClientEvents = CommonClientEvents & {
  [C in CommandName]: (payload: unknown, ack: (answer: unknown) => void) => void;
} & {
  [C in ProcedureCommandName]: (payload: unknown, ack: (answer: unknown) => void) => void;
} & {
  'print:report': (report: PrintReportInput, ack: (answer: unknown) => void) => void;
};
type HubSocket = Socket<ServerToClientEvents, AllClientEvents>;

const SNAPSHOT_KEYS = [
  'status',
  'seq',
  'state',
  'rules',
  'office',
  'session',
  'serverOffsetMs',
  'error',
  'kiosks',
] as const satisfies readonly (keyof HubSnapshot)[];

/** Commands whose schema accepts a `requestId`: those that create something. */
const CREATING_COMMANDS: ReadonlySet<string> = new Set(
  Object.entries(COMMAND_SCHEMAS)
    .filter(([, schema]) => 'requestId' in schema.shape)
    .map(([name]) => name),
);

function isPrintOutcome(value: unknown): value is PrintOutcome {
  return (
    typeof value === 'object' &&
    value !== null &&
    'ticketId' in value &&
    typeof value.ticketId === 'string' &&
    'number' in value &&
    typeof value.number === 'string' &&
    'ok' in value &&
    typeof value.ok === 'boolean'
  );
}

function isKioskList(value: unknown): value is readonly KioskStatusView[] {
  return (
    Array.isArray(value) &&
    value.every(
      (kiosk: unknown) =>
        typeof kiosk === 'object' &&
        kiosk !== null &&
        'deviceId' in kiosk &&
        typeof kiosk.deviceId === 'string' &&
        'online' in kiosk &&
        typeof kiosk.online === 'boolean',
    )
  );
}

function isReportResult(value: unknown): value is Result<PrintReportAck> {
  if (!isResult(value)) return false;
  if (!value.ok) return true;
  const answer: unknown = value.value;
  return (
    typeof answer === 'object' &&
    answer !== null &&
    'recordedAt' in answer &&
    typeof answer.recordedAt === 'number'
  );
}

function isResult(value: unknown): value is Result<CommandAck> {
  return (
    typeof value === 'object' && value !== null && 'ok' in value && typeof value.ok === 'boolean'
  );
}

/**
 * Connects to one namespace of the hub and keeps a projection of the office state in sync:
 * a `sync:snapshot` replaces everything; a `sync:events` batch is applied with the shared reducer
 * only when its `seq` is the next one; an older one is a duplicate and is ignored; a gap makes
 * the client ask for a snapshot (`sync:request`). Every (re)connect starts from a snapshot.
 * A link silent for longer than `staleAfterMs` is torn down and re-established, because screens
 * that silently stop updating are worse than a short "Reconectando…".
 */
export function createHubClient<Events extends CommonClientEvents>(
  options: HubClientOptions,
): HubClient<Events> {
  const connect = options.io ?? defaultIo;
  const staleAfterMs = options.staleAfterMs ?? 12_000;
  const snapshotWaitMs = options.snapshotWaitMs ?? 3000;
  const listeners = new Set<() => void>();
  const printListeners = new Set<(outcome: PrintOutcome) => void>();
  let snapshot: HubSnapshot = INITIAL_HUB_SNAPSHOT;
  let closed = false;
  /** Increases on every connect, so answers that belong to an older link are ignored. */
  let link = 0;
  /** True once the current link delivered a snapshot. */
  let synced = false;
  let resyncing = false;
  /** Deltas that arrived while no trustworthy snapshot was held; replayed after the next one. */
  let pending: SyncDelta[] = [];
  let lastHeardAt = Date.now();
  let snapshotTimer: ReturnType<typeof setTimeout> | undefined;
  let retryTimer: ReturnType<typeof setTimeout> | undefined;

  const auth: HandshakeAuth = { protocolVersion: PROTOCOL_VERSION, token: options.token };
  const uri = `${options.url.replace(/\/+$/, '')}${NAMESPACES[options.namespace]}`;
  const socket: HubSocket = connect(uri, {
    auth,
    // Long-polling through the office's old proxies only adds failure modes; the hub is on the LAN.
    transports: ['websocket'],
    reconnection: true,
    ...RECONNECT_POLICY,
    timeout: 4000,
    // One manager per client: a forced reconnect of one face must not drop another's link.
    forceNew: true,
  });

  function publish(patch: Partial<HubSnapshot>): void {
    const next: HubSnapshot = { ...snapshot, ...patch };
    if (SNAPSHOT_KEYS.every((key) => next[key] === snapshot[key])) return;
    snapshot = next;
    for (const listener of [...listeners]) listener();
  }

  function heard(): void {
    lastHeardAt = Date.now();
  }

  function clearTimers(): void {
    clearTimeout(snapshotTimer);
    clearTimeout(retryTimer);
  }

  function replaceWith(fresh: SyncSnapshot): void {
    clearTimeout(snapshotTimer);
    synced = true;
    publish({
      status: 'online',
      seq: fresh.seq,
      state: fresh.state,
      rules: fresh.rules,
      office: fresh.office,
      session: fresh.session,
      serverOffsetMs: fresh.serverNow - Date.now(),
      error: null,
    });
    drain();
  }

  function step(delta: SyncDelta): void {
    if (!synced || resyncing || snapshot.state === null) {
      pending.push(delta);
      return;
    }
    switch (classifyDelta(snapshot.seq, delta.seq, delta.fromSeq)) {
      case 'duplicate':
        return;
      case 'apply':
        publish({ seq: delta.seq, state: applyEvents(snapshot.state, delta.events) });
        return;
      case 'gap':
        pending.push(delta);
        resync();
        return;
    }
  }

  function drain(): void {
    const replay = pending.sort((a, b) => a.seq - b.seq);
    pending = [];
    for (const delta of replay) step(delta);
  }

  function forceReconnect(): void {
    // Closing the engine (not the socket) makes the manager run its normal reconnection.
    socket.io.engine?.close();
  }

  function resync(): void {
    if (resyncing || closed) return;
    resyncing = true;
    const asked = link;
    socket
      .timeout(RESYNC_TIMEOUT_MS)
      .emitWithAck('sync:request')
      .then(
        (result) => {
          if (asked !== link || closed) return;
          resyncing = false;
          if (result.ok) replaceWith(result.value);
          else forceReconnect();
        },
        () => {
          if (asked !== link || closed) return;
          resyncing = false;
          forceReconnect();
        },
      );
  }

  socket.on('connect', () => {
    link += 1;
    synced = false;
    resyncing = false;
    pending = [];
    heard();
    clearTimeout(snapshotTimer);
    // The hub sends a snapshot on connect; if it got lost, ask instead of showing stale data.
    snapshotTimer = setTimeout(() => {
      if (!synced) resync();
    }, snapshotWaitMs);
  });

  socket.on('disconnect', (reason) => {
    synced = false;
    resyncing = false;
    pending = [];
    clearTimeout(snapshotTimer);
    if (closed) return;
    publish({ status: 'offline' });
    // socket.io does not reconnect after a server-side disconnect; the hub may have restarted
    // or revoked the session, and the next handshake will say which.
    if (reason === 'io server disconnect') {
      clearTimeout(retryTimer);
      retryTimer = setTimeout(() => socket.connect(), MANUAL_RETRY_MS);
    }
  });

  socket.on('connect_error', (error) => {
    if (closed) return;
    const failure = readConnectError(error);
    if (failure.terminal) {
      clearTimers();
      publish({ status: 'rejected', error: failure.error });
      return;
    }
    publish({ status: 'offline', error: failure.error });
    // A refusal by the middleware stops socket.io's own retries even when it is temporary
    // (rate limit, hub starting up), so retry by hand.
    if (!socket.active) {
      clearTimeout(retryTimer);
      retryTimer = setTimeout(() => socket.connect(), MANUAL_RETRY_MS);
    }
  });

  socket.on('sync:snapshot', (fresh) => {
    heard();
    replaceWith(fresh);
  });

  socket.on('sync:events', (delta) => {
    heard();
    step(delta);
  });

  socket.on('print:result', (outcome) => {
    heard();
    if (closed || !isPrintOutcome(outcome)) return;
    for (const listener of [...printListeners]) listener(outcome);
  });

  socket.on('kiosks:snapshot', (kiosks) => {
    heard();
    if (closed || !isKioskList(kiosks)) return;
    publish({ kiosks });
  });

  socket.onAny(heard);
  socket.io.on('ping', heard);

  const staleTimer = setInterval(
    () => {
      if (socket.connected && Date.now() - lastHeardAt > staleAfterMs) {
        heard();
        forceReconnect();
      }
    },
    Math.min(1000, staleAfterMs / 2),
  );

  function waitForConnection(ms: number): Promise<boolean> {
    if (socket.connected) return Promise.resolve(true);
    return new Promise((resolve) => {
      const onConnect = (): void => {
        clearTimeout(timer);
        resolve(true);
      };
      const timer = setTimeout(() => {
        socket.off('connect', onConnect);
        resolve(false);
      }, ms);
      socket.once('connect', onConnect);
    });
  }

  async function command<C extends HubCommandName<Events>>(
    name: C,
    payload: CommandInput<C>,
    commandOptions: CommandOptions = {},
  ): Promise<Result<CommandAck>> {
    const timeoutMs = commandOptions.timeoutMs ?? DEFAULT_COMMAND_TIMEOUT_MS;
    const retries = commandOptions.retries ?? 0;
    const given =
      'requestId' in payload && typeof payload.requestId === 'string'
        ? payload.requestId
        : undefined;
    // Generated once, outside the retry loop: every attempt must carry the same id.
    const requestId = CREATING_COMMANDS.has(name) ? (given ?? newRequestId()) : undefined;
    const body = requestId === undefined ? payload : { ...payload, requestId };
    const event: CommandName = name;
    for (let attempt = 0; ; attempt += 1) {
      // Never emit while disconnected: socket.io would buffer the command and send it on
      // reconnect, long after the caller was told it failed.
      const connected = attempt === 0 ? socket.connected : await waitForConnection(timeoutMs);
      if (closed || !connected) return err(clientError('offline', requestId));
      try {
        const answer = await socket.timeout(timeoutMs).emitWithAck(event, body);
        return isResult(answer) ? answer : err(clientError('bad-ack', requestId));
      } catch {
        if (attempt >= retries) return err(clientError('timeout', requestId));
      }
    }
  }

  async function request<C extends ProcedureCommandName>(
    name: C,
    payload: ProcedureCommandInput<C>,
    requestOptions: CommandOptions = {},
  ): Promise<Result<ProcedureCommandValue<C>>> {
    const timeoutMs = requestOptions.timeoutMs ?? DEFAULT_COMMAND_TIMEOUT_MS;
    const retries = requestOptions.retries ?? 0;
    for (let attempt = 0; ; attempt += 1) {
      const connected = attempt === 0 ? socket.connected : await waitForConnection(timeoutMs);
      if (closed || !connected) return err(clientError('offline'));
      try {
        const event: ProcedureCommandName = name;
        const answer: unknown = await socket.timeout(timeoutMs).emitWithAck(event, payload);
        // The hub shapes the value; the client checks only that it is a Result.
        return isResult(answer)
          ? (answer as Result<ProcedureCommandValue<C>>)
          : err(clientError('bad-ack'));
      } catch {
        if (attempt >= retries) return err(clientError('timeout'));
      }
    }
  }

  async function reportPrint(
    report: PrintReportInput,
    reportOptions: { timeoutMs?: number } = {},
  ): Promise<Result<PrintReportAck>> {
    if (closed || !socket.connected) return err(clientError('offline'));
    try {
      const answer: unknown = await socket
        .timeout(reportOptions.timeoutMs ?? DEFAULT_COMMAND_TIMEOUT_MS)
        .emitWithAck('print:report', report);
      return isReportResult(answer) ? answer : err(clientError('bad-ack'));
    } catch {
      return err(clientError('timeout'));
    }
  }

  return {
    getSnapshot: () => snapshot,
    subscribe(listener) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
    command,
    request,
    reportPrint,
    onPrintResult(listener) {
      printListeners.add(listener);
      return () => {
        printListeners.delete(listener);
      };
    },
    close() {
      if (closed) return;
      closed = true;
      printListeners.clear();
      clearTimers();
      clearInterval(staleTimer);
      socket.disconnect();
      if (snapshot.status !== 'rejected') publish({ status: 'offline' });
    },
  };
}
