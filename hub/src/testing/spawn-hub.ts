// Runs the real hub (src/cli.ts) as a child process, for tests and benchmarks that must kill it
// (SIGKILL is only honest against a separate process) or measure it apart from its clients.
import type { ChildProcess } from 'node:child_process';
import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import type { OfficeConfig } from '../../../shared/src/protocol/office-config';
import { createDemoOffice } from '../config/demo-office';
import { hashDeviceKey } from '../config/secrets';

const HUB_DIR = path.resolve(import.meta.dirname, '..', '..');
const OUTPUT_TAIL_CHARS = 16 * 1024;

/** How a spawned hub ended. */
export type HubExit = { code: number | null; signal: NodeJS.Signals | null };

/** A hub running in a child process. */
export type SpawnedHub = {
  /** `http://127.0.0.1:<port>` */
  url: string;
  port: number;
  pid: number;
  /** `performance.now()` just before the process was spawned and when /health first answered. */
  spawnedAt: number;
  readyAt: number;
  /** Settles when the process has exited (never rejects). */
  exited: Promise<HubExit>;
  /** Sends a signal (default SIGTERM) and resolves when the process has exited. */
  kill(signal?: NodeJS.Signals): Promise<HubExit>;
  /** The last few KB the hub wrote to stdout and stderr (for failure messages). */
  output(): string;
};

/** Options of {@link spawnHub}. */
export type SpawnHubOptions = {
  /** Absolute data folder (office.json + ledger.sqlite). */
  dataDir: string;
  /** A free port; see {@link freePort}. */
  port: number;
  /** Default 127.0.0.1. */
  host?: string;
  /** Extra node flags, e.g. `['--cpu-prof', '--cpu-prof-dir=/tmp/prof']`. */
  nodeArgs?: readonly string[];
  /** How long to wait for `/api/v1/health` (default 30 s). */
  readyTimeoutMs?: number;
};

const running = new Set<ChildProcess>();
let exitHookInstalled = false;

/** If the parent dies first, a hub child must not keep the port and the folder busy. */
function installExitHook(): void {
  if (exitHookInstalled) return;
  exitHookInstalled = true;
  process.once('exit', () => {
    for (const child of running) child.kill('SIGKILL');
  });
}

/** A port that was free a moment ago on `host` (bind port 0, read it, close). */
export function freePort(host = '127.0.0.1'): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.once('error', reject);
    server.listen(0, host, () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => (port ? resolve(port) : reject(new Error('no free port'))));
    });
  });
}

/** Options of {@link writeOfficeFile}. */
export type OfficeFileOptions = {
  /** Raises the per-device limit of ticket:take (the schema allows up to 1000). */
  ticketsPerMinutePerDevice?: number;
  /** Extra kiosk devices: `{ id: 'kiosk-<prefix>-<n>', key: '<prefix>-kiosk-key-<n>' }`. */
  extraKiosks?: { prefix: string; count: number };
};

/**
 * Writes `<dataDir>/office.json`: the demo office, optionally with a higher ticket rate limit and
 * extra kiosk devices (each device has its own rate-limit bucket). Returns the extra kiosks' keys.
 */
export function writeOfficeFile(dataDir: string, options: OfficeFileOptions = {}): string[] {
  const office: OfficeConfig = createDemoOffice();
  // Load tests measure the writer: the demo kiosk's virtual printer would add file writes per ticket.
  office.devices = office.devices.map(({ printer: _printer, ...device }) => device);
  if (options.ticketsPerMinutePerDevice !== undefined) {
    office.limits = {
      ...office.limits,
      ticketsPerMinutePerDevice: options.ticketsPerMinutePerDevice,
    };
  }
  const keys: string[] = [];
  if (options.extraKiosks) {
    const { prefix, count } = options.extraKiosks;
    for (let n = 1; n <= count; n += 1) {
      const key = `${prefix}-kiosk-key-${n}`;
      keys.push(key);
      office.devices.push({
        id: `kiosk-${prefix}-${n}`,
        kind: 'kiosk',
        name: `Kiosco ${prefix} ${n}`,
        keyHash: hashDeviceKey(key),
      });
    }
  }
  writeFileSync(path.join(dataDir, 'office.json'), `${JSON.stringify(office, null, 2)}\n`);
  return keys;
}

async function healthy(url: string): Promise<boolean> {
  try {
    const response = await fetch(`${url}/api/v1/health`, { signal: AbortSignal.timeout(1000) });
    await response.arrayBuffer();
    return response.ok;
  } catch {
    return false;
  }
}

/**
 * Starts `node --import tsx src/cli.ts` in hub/ with CAC_DATA_DIR, CAC_PORT and CAC_HOST, and
 * resolves once `/api/v1/health` answers. Rejects (after killing the child) when the process exits
 * or does not answer in time; the rejection carries the hub's last output.
 */
export async function spawnHub(options: SpawnHubOptions): Promise<SpawnedHub> {
  installExitHook();
  const host = options.host ?? '127.0.0.1';
  const url = `http://${host}:${options.port}`;
  let tail = '';
  const keep = (chunk: Buffer): void => {
    tail = (tail + chunk.toString('utf8')).slice(-OUTPUT_TAIL_CHARS);
  };
  const spawnedAt = performance.now();
  const child = spawn(
    process.execPath,
    [...(options.nodeArgs ?? []), '--import', 'tsx', 'src/cli.ts'],
    {
      cwd: HUB_DIR,
      env: {
        ...process.env,
        CAC_DATA_DIR: path.resolve(options.dataDir),
        CAC_PORT: String(options.port),
        CAC_HOST: host,
        // cli.ts resolves CAC_DATA_DIR against INIT_CWD; the path is absolute, but be explicit.
        INIT_CWD: HUB_DIR,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  running.add(child);
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  const exited = new Promise<HubExit>((resolve) => {
    child.once('exit', (code, signal) => {
      running.delete(child);
      resolve({ code, signal });
    });
    child.once('error', (error) => {
      keep(Buffer.from(`\n[spawn error] ${error.message}\n`));
      running.delete(child);
      resolve({ code: null, signal: null });
    });
  });
  let gone: HubExit | null = null;
  void exited.then((exit) => {
    gone = exit;
  });
  const kill = (signal: NodeJS.Signals = 'SIGTERM'): Promise<HubExit> => {
    if (gone === null) child.kill(signal);
    return exited;
  };

  const deadline = Date.now() + (options.readyTimeoutMs ?? 30000);
  for (;;) {
    if (gone !== null) {
      throw new Error(`hub exited before it was ready (${JSON.stringify(gone)}):\n${tail}`);
    }
    if (await healthy(url)) break;
    if (Date.now() > deadline) {
      await kill('SIGKILL');
      throw new Error(`hub did not answer /api/v1/health within the timeout:\n${tail}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  return {
    url,
    port: options.port,
    pid: child.pid ?? -1,
    spawnedAt,
    readyAt: performance.now(),
    exited,
    kill,
    output: () => tail,
  };
}
