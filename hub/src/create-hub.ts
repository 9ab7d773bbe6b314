import { randomBytes } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import type { OfficeRules, WorkingCalendar } from '@cac/shared/domain';
import { applyEventsInPlace, emptyState, officeDayOf, workingCalendar } from '@cac/shared/domain';
import type { OfficeConfig } from '@cac/shared/protocol';
import { toOfficeRules } from '@cac/shared/protocol';
import pino from 'pino';
import type { Logger } from 'pino';
import { z } from 'zod';
import { createAuthService } from './auth/auth-service';
import { createRateLimiter } from './auth/rate-limiter';
import { assertNoDemoSecrets, openConfigStore } from './config/config-store';
import type { HubContext } from './hub-context';
import { createHttpApp } from './http/http-app';
import { openSqliteLedger } from './ledger/sqlite-ledger';
import { createCommandGate } from './sockets/command-gate';
import type { SocketHub } from './sockets/socket-server';
import { attachSocketHub } from './sockets/socket-server';
import { createSnapshotBuilder } from './sockets/snapshot-builder';
import { createCommandWriter } from './writer/command-writer';
import type { CommittedBatch } from './writer/command-writer';
import { createKioskBoard } from './printing/kiosk-board';
import { createKioskPrinting } from './printing/kiosk-printing';
import { createPrinterStations } from './printing/printer-stations';
import { createPrintReportHandler } from './printing/print-report';
import { firstLanAddress } from './lan-address';
import { createExpedienteService } from './expedientes/expediente-service';
import type { ExpedienteService } from './expedientes/expediente-service';
import { demoDebts } from './tax/demo-debts';
import { openLocalTaxLedger } from './tax/local-tax-ledger';
import { createProcedureGate } from './procedures/procedure-gate';
import { createWindowPrinting } from './printing/window-printing';

/** Options of {@link createHub}; everything but `dataDir` has a default. */
export type HubOptions = {
  /** Folder of office.json and the ledger; created when missing. */
  dataDir: string;
  /** 0 picks a free port (tests). Default 4700. */
  port?: number;
  /** Default all interfaces; tests use 127.0.0.1. */
  host?: string;
  /** Injected clock (epoch ms). */
  now?: () => number;
  /** Folder holding kiosk/, counter/, display/ with their dist/ builds. Default: the repository. */
  facesRoot?: string;
  /** Write the demo office into an empty data folder. Default true (the embedded default). */
  createDemoIfEmpty?: boolean;
  /** pino level; 'silent' in tests. */
  logLevel?: pino.LevelWithSilent;
  /** How often the day-close clock is checked (ms). */
  dayCheckIntervalMs?: number;
  /**
   * The hub's address as phones on the office network reach it, printed as the ticket's QR code.
   * Default: the first LAN IPv4 address and the port (or the listening address).
   */
  publicUrl?: string;
};

/** A running hub. */
export type Hub = {
  /** `http://host:port` */
  url: string;
  port: number;
  /** The address printed in tickets' QR codes. */
  publicUrl: string;
  context: HubContext;
  sockets: SocketHub;
  close(): Promise<void>;
};

/**
 * Lookups of expedientes per client address: plenty for a citizen mistyping a digit, far too few
 * to guess an 8-digit key.
 */
const PUBLIC_LOOKUP_LIMITS = { perMinute: 10, burst: 10 };

/** Records "no presentado" for lapsed observations; a failure is logged, never fatal. */
function sweepObservations(expedientes: ExpedienteService, log: Logger): void {
  try {
    const lapsed = expedientes.sweepLapsedObservations();
    if (lapsed > 0) log.info({ lapsed }, 'observations lapsed: expedientes not presented');
  } catch (error) {
    log.error({ err: error }, 'could not sweep lapsed observations');
  }
}

/**
 * How long a procedure's answer waits for its document to print (cargo, receipt): the virtual
 * printer and a healthy network printer answer well within it, so the clerk sees the outcome with
 * the result; a slower printer leaves `printed: null` and goes on printing (outcome in print_jobs).
 */
const PRINT_WAIT_MS = 3000;

/** Version of the suite reported by `/health`. */
export const HUB_VERSION = '0.1.0';

const REPO_ROOT = path.resolve(import.meta.dirname, '..', '..');

/** zod speaks Spanish for every validation message (payloads, REST bodies, configuration). */
z.config(z.locales.es());

/**
 * Starts a hub: configuration, ledger, the single writer, REST and socket.io on one port.
 * On start-up the office day's live state is rebuilt from the ledger, and every client that
 * reconnects receives a fresh snapshot.
 */
export async function createHub(options: HubOptions): Promise<Hub> {
  const now = options.now ?? Date.now;
  const log: Logger = pino({ level: options.logLevel ?? 'info', base: { app: 'cac-hub' } });
  mkdirSync(options.dataDir, { recursive: true });

  const store = await openConfigStore(options.dataDir, {
    createDemoIfEmpty: options.createDemoIfEmpty ?? true,
    log,
  });
  assertNoDemoSecrets(store.config());
  let rulesCache: { config: OfficeConfig; rules: OfficeRules } | null = null;
  const rules = (): OfficeRules => {
    const config = store.config();
    if (rulesCache?.config !== config) rulesCache = { config, rules: toOfficeRules(config) };
    return rulesCache.rules;
  };

  const ledger = openSqliteLedger(path.join(options.dataDir, 'ledger.sqlite'));
  const loadFromLedger = () => {
    const day = ledger.latestOfficeDay() ?? officeDayOf(now(), rules().timeZone);
    return {
      state: applyEventsInPlace(emptyState(day), ledger.eventsOfDay(day)),
      seq: ledger.lastSeq(),
    };
  };

  let sockets: SocketHub | null = null;
  const commitListeners = new Set<(batches: readonly CommittedBatch[]) => void>();
  const writer = createCommandWriter(
    {
      ledger,
      rules,
      now,
      newId: () => randomBytes(8).toString('base64url'),
      newAccessKey: () => randomBytes(9).toString('base64url'),
      onCommitted: (batches) => {
        sockets?.broadcast(batches);
        for (const listener of commitListeners) {
          try {
            listener(batches);
          } catch (error) {
            log.error({ err: error }, 'a commit listener failed');
          }
        }
      },
      reload: loadFromLedger,
      log,
    },
    loadFromLedger(),
  );
  const auth = createAuthService({ config: store.config, ledger, now });
  const rateLimiter = createRateLimiter(() => {
    const perMinute = store.config().limits.ticketsPerMinutePerDevice;
    return { perMinute, burst: Math.max(3, Math.ceil(perMinute / 6)) };
  });
  let publicOrigin = options.publicUrl ?? '';
  // Every print outcome, the hub's own and the kiosks' reports, goes through this one board.
  const kiosks = createKioskBoard({
    config: store.config,
    ledger,
    now,
    log,
    onChange: (view) => sockets?.sendKiosks(view),
  });
  // Every printer the hub drives, one queue each; a window's virtual printer keeps its documents
  // apart from the kiosks' tickets: <data>/printed/windows/<windowId>/<day>/.
  const stations = createPrinterStations({
    dataDir: options.dataDir,
    fileFolder: (station) =>
      station.startsWith('window:')
        ? path.join(options.dataDir, 'printed', 'windows', station.slice('window:'.length))
        : undefined,
    log,
  });
  const printing = createKioskPrinting({
    config: store.config,
    stations,
    publicOrigin: () => publicOrigin,
    onOutcome: (deviceId, outcome) => sockets?.sendPrintOutcome(deviceId, outcome),
    record: (job) => void kiosks.record(job),
    now,
    log,
  });
  const gate = createCommandGate({
    writer,
    rateLimiter,
    now,
    onAccepted: (name, ack, actor) => {
      if (name === 'ticket:take' && actor.role === 'kiosk') void printing.printIssued(ack, actor);
    },
  });
  let calendarCache: { holidays: readonly string[]; calendar: WorkingCalendar } | null = null;
  const calendar = (): WorkingCalendar => {
    const { holidays } = store.config();
    if (calendarCache?.holidays !== holidays) {
      calendarCache = { holidays, calendar: workingCalendar(holidays) };
    }
    return calendarCache.calendar;
  };
  const expedientes = createExpedienteService({
    repository: ledger.expedientes,
    now,
    timeZone: () => rules().timeZone,
    calendar,
    unit: () => store.config().expedientes.documentSuffix,
    receptionOffice: () => store.config().expedientes.receptionOffice,
  });
  // The embedded tax ledger stands in for the SAT's own service (see tax/tax-ledger.ts); the demo
  // office starts with debts dated from its first day.
  const taxLedger = openLocalTaxLedger({
    file: path.join(options.dataDir, 'tax-ledger.sqlite'),
    rules: () => store.config().papeletas,
    calendar,
  });
  if (store.config().demo && taxLedger.size() === 0) {
    taxLedger.upsertDebts(demoDebts(officeDayOf(now(), rules().timeZone), calendar()));
  }
  // Documents printed at the windows (cargo, receipt) go through their own queues, outside any
  // command's critical path; their outcomes are kept with the kiosks' in print_jobs.
  const windowPrinting = createWindowPrinting({
    config: store.config,
    stations,
    record: (job) => ledger.recordPrintJob(job),
    now,
    log,
  });
  const procedures = createProcedureGate({
    config: store.config,
    now,
    state: () => writer.state(),
    calendar,
    runs: ledger.procedureRuns,
    expedienteRepository: ledger.expedientes,
    expedientes,
    taxLedger,
    printing: windowPrinting,
    publicOrigin: () => publicOrigin,
    printWaitMs: PRINT_WAIT_MS,
    log,
  });
  const context: HubContext = {
    version: HUB_VERSION,
    config: store.config,
    configStore: store,
    configChanged: () => sockets?.configChanged(),
    subscribeCommits: (listener) => {
      commitListeners.add(listener);
      return () => commitListeners.delete(listener);
    },
    rules,
    now,
    auth,
    gate,
    writer,
    ledger,
    expedientes,
    taxLedger,
    procedures,
    publicLookupLimiter: createRateLimiter(() => PUBLIC_LOOKUP_LIMITS),
    log,
  };

  const server = createServer(
    createHttpApp(context, options.facesRoot ?? REPO_ROOT, options.dataDir),
  );
  sockets = attachSocketHub(server, {
    auth,
    gate,
    procedures,
    snapshotFor: createSnapshotBuilder(context),
    kiosks,
    printReport: createPrintReportHandler({ ledger, board: kiosks, now }),
    log,
  });
  // A day that ended while the hub was down is closed before anyone connects.
  await writer.rollDay();
  sweepObservations(expedientes, log);
  const dayTimer = setInterval(() => {
    void writer.rollDay();
    sweepObservations(expedientes, log);
  }, options.dayCheckIntervalMs ?? 15000);
  dayTimer.unref();

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 4700, options.host ?? '0.0.0.0', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const shownHost = !options.host || options.host === '0.0.0.0' ? '127.0.0.1' : options.host;
  if (!publicOrigin) {
    const listensOnLan = !options.host || options.host === '0.0.0.0';
    publicOrigin = `http://${(listensOnLan ? firstLanAddress() : null) ?? shownHost}:${port}`;
  }
  log.info(
    { port, dataDir: options.dataDir, officeDay: writer.state().officeDay },
    'hub listening',
  );

  const activeSockets = sockets;
  return {
    url: `http://${shownHost}:${port}`,
    port,
    publicUrl: publicOrigin,
    context,
    sockets: activeSockets,
    async close() {
      clearInterval(dayTimer);
      // Prints of tickets already acknowledged finish first: a citizen's ticket is never dropped.
      await new Promise((resolve) => setImmediate(resolve));
      await printing.idle();
      await windowPrinting.idle();
      await activeSockets.close();
      taxLedger.close();
      ledger.close();
    },
  };
}
