// hubRssMb: the hub child's resident memory (VmRSS) with 200 connected clients after the
// 10,000-ticket day: 50 displays, 6 counters and 144 kiosks, all with socket.io-client
// reconnection on (the resync scenario reuses them).
import { RECONNECT_POLICY } from '@cac/shared/client';
import type { BenchClient } from './clients';
import { connectClient, connectMany } from './clients';
import type { BenchContext } from './context';
import { fmt, residentMb, sleep } from './context';
import type { CallTracker } from './scenario-call-to-displays';
import {
  connectCounters,
  connectDisplays,
  createCallTracker,
  DISPLAYS,
} from './scenario-call-to-displays';
import { median } from './load';

export const CLIENTS = 200;
/** The faces' own reconnection policy, so the resync figure is what a real screen sees. */
export const RECONNECT = {
  delayMs: RECONNECT_POLICY.reconnectionDelay,
  delayMaxMs: RECONNECT_POLICY.reconnectionDelayMax,
} as const;
/**
 * RSS is sampled every 500 ms for 20 s with the clients idle; the figure is the median of the last
 * 4 s. V8 gives the day's garbage back only when its memory reducer runs, 3–12 s after the load
 * stops (seen on this machine), so a shorter window measures GC timing rather than the hub.
 */
const SAMPLE_EVERY_MS = 500;
const SAMPLE_FOR_MS = 20000;
const SETTLED_SAMPLES = 8;

/** The 200 clients. */
export type ClientSet = {
  displays: BenchClient[];
  counters: BenchClient[];
  kiosks: BenchClient[];
  all: BenchClient[];
  tracker: CallTracker;
};

/** What the RSS scenario measured. */
export type RssResult = {
  /** Median of the last 4 s of a 20 s idle window. */
  rssMb: number;
  /** Highest RSS in the 20 s window, and the process's peak (VmHWM) over its life. */
  windowMaxMb: number;
  peakMb: number;
  /** RSS before the 200 connected (after the day, with no client). */
  idleRssMb: number;
  connectMs: number;
  /** The snapshot every client got: bytes of JSON and live tickets (from one parsed copy). */
  snapshotBytes: number;
  snapshotTickets: number;
};

/** Connects the 200 clients; the first display parses its snapshot for real (the size probe). */
export async function connectClientSet(ctx: BenchContext): Promise<ClientSet> {
  const tracker = createCallTracker(DISPLAYS);
  const displays = await connectDisplays(ctx, tracker, { reconnect: RECONNECT, probeFirst: true });
  const counters = await connectCounters(ctx, { reconnect: RECONNECT });
  const keys = [...ctx.kiosks.early, ...ctx.kiosks.throughput, ...ctx.kiosks.late];
  const kioskCount = CLIENTS - displays.length - counters.length;
  const kiosks = await connectMany(kioskCount, (i) =>
    connectClient(ctx.hub.url, 'kiosk', keys[i % keys.length] ?? '', {
      reconnect: RECONNECT,
      dropDeltas: true,
    }),
  );
  return { displays, counters, kiosks, all: [...displays, ...counters, ...kiosks], tracker };
}

/** The scenario; returns the connected set for the scenarios that follow. */
export async function runRss(ctx: BenchContext): Promise<{ result: RssResult; set: ClientSet }> {
  const idleRssMb = residentMb(ctx.hub.pid).rssMb;
  const started = performance.now();
  const set = await connectClientSet(ctx);
  const connectMs = performance.now() - started;
  const reads: number[] = [];
  for (let waited = 0; waited < SAMPLE_FOR_MS; waited += SAMPLE_EVERY_MS) {
    await sleep(SAMPLE_EVERY_MS);
    reads.push(residentMb(ctx.hub.pid).rssMb);
  }
  const probe = set.displays[0]?.snapshot;
  const result: RssResult = {
    rssMb: median(reads.slice(-SETTLED_SAMPLES)),
    windowMaxMb: Math.max(...reads),
    peakMb: residentMb(ctx.hub.pid).peakMb,
    idleRssMb,
    connectMs,
    snapshotBytes: probe?.bytes ?? Number.NaN,
    snapshotTickets: probe?.tickets ?? Number.NaN,
  };
  if (ctx.memory)
    ctx.log(`  hub process.memoryUsage() (MB): ${JSON.stringify(await ctx.memory())}`);
  ctx.log(
    `  ${set.all.length} clients connected in ${fmt(connectMs, 0)} ms; snapshot ${fmt(result.snapshotBytes / 1e6, 2)} MB` +
      ` with ${result.snapshotTickets} live tickets; RSS ${fmt(ctx.freshRssMb)} MB fresh, ${fmt(idleRssMb)} MB after the day → ${fmt(result.rssMb)} MB` +
      ` (each second: ${reads
        .filter((_, i) => i % 2 === 1)
        .map((r) => fmt(r, 0))
        .join(' ')}; peak VmHWM ${fmt(result.peakMb)} MB)`,
  );
  return { result, set };
}
