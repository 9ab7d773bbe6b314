// displayCallToScreenP95Ms and displayHeapGrowthRatio: the built display face, served by a hub of
// its own (a fresh office day, so that the live queue stays the same size from the first call to
// the ten-thousandth), in Debian's Chromium (headless, playwright-core) at 1920×1080, as a display
// PC runs it (sound allowed without a tap: every call rings and is said with the bundled clips).
//
// One call: a kiosk takes a ticket for the window's service while the clerk starts and finishes
// the ticket the window holds, then the clerk calls the next (`ticket:call-next` over socket.io). The latency is
// from just before that emit (this process's clock) to the first animation frame after the
// display's featured call shows that ticket (the page's clock: a MutationObserver sees the DOM
// change, the next requestAnimationFrame runs right before that frame is painted). Both clocks
// are the machine's wall clock (performance.timeOrigin + performance.now()), so they compare to
// within a millisecond; the time until the page's answer reaches this process is also reported.
//
// Heap: the page's JS heap (CDP Runtime.getHeapUsage after HeapProfiler.collectGarbage) after 100
// calls and after 10,000; between them 9,900 calls from six clerks as fast as the hub takes them
// (the page follows a few thousand deltas behind at worst, and is waited for). Latency samples:
// 50 after 20 warm-ups, 50 more after the 10,000 calls; p95 over the 100.
//
// `npx tsx hub/bench/display-call-to-screen.ts` runs this scenario alone.
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import type { Browser, CDPSession, Page } from 'playwright-core';
import { freePort, spawnHub, writeOfficeFile } from '../src/testing/spawn-hub';
import type { SpawnedHub } from '../src/testing/spawn-hub';
import type { BenchClient } from './clients';
import { connectClient, connectMany, login } from './clients';
import { fmt } from './context';
import { percentile } from './load';
import { ensureFaceBuilt } from './ensure-face-built';

const REPO_DIR = path.resolve(import.meta.dirname, '..', '..');
const DISPLAY_INDEX = path.join(REPO_DIR, 'display', 'dist', 'index.html');
const CHROMIUM_PATH = process.env['CAC_CHROMIUM'] ?? '/usr/bin/chromium';

const WARM_UPS = 20;
const SAMPLES_EACH = 50;
const HEAP_EARLY_AT = 100;
const CALLS = 10_000;
/** Tickets each service keeps waiting, so that a call never finds its queue empty. */
const QUEUE_BUFFER = 10;
/** Kiosk devices taking the tickets: each stays within its rate-limit burst (167). */
const KIOSKS = 80;
const SAMPLE_TIMEOUT_MS = 5000;
/** The whole scenario gives up after this long. */
const BUDGET_MS = 180_000;

/** The six demo windows and the service each one's tickets are taken for. */
const WINDOWS = [
  { clerk: 'clerk1', windowId: 'ventanilla-1', serviceId: 'registro-civil' },
  { clerk: 'clerk2', windowId: 'ventanilla-2', serviceId: 'orientacion' },
  { clerk: 'clerk3', windowId: 'ventanilla-3', serviceId: 'licencias' },
  { clerk: 'clerk4', windowId: 'ventanilla-4', serviceId: 'mesa-de-partes' },
  { clerk: 'clerk5', windowId: 'ventanilla-5', serviceId: 'tributos' },
  { clerk: 'clerk6', windowId: 'ventanilla-6', serviceId: 'tributos' },
] as const;

/** What the scenario measured. */
export type DisplayCallResult = {
  /** Call emitted → first frame with the call on the display (ms). */
  p50: number;
  p95: number;
  max: number;
  /** The same, early samples only and late samples only (p95). */
  earlyP95: number;
  lateP95: number;
  /** Until the page's answer reached the bench (adds the CDP round trip), p95. */
  roundTripP95: number;
  samples: number;
  /** Page JS heap after GC (MB). */
  heapAfterEarlyMb: number;
  heapAfterAllMb: number;
  heapRatio: number;
  calls: number;
  bulkSeconds: number;
};

/** Page side: remember the featured call now, and promise the time of the frame that changes it. */
const ARM = `(() => {
  const key = () => document.querySelector('.current-call__body')?.getAttribute('data-call') ?? null;
  const armed = key();
  window.__cacCall = new Promise((resolve) => {
    const observer = new MutationObserver(() => {
      const now = key();
      if (now === armed) return;
      observer.disconnect();
      const domAt = performance.timeOrigin + performance.now();
      requestAnimationFrame(() =>
        resolve({ key: now, domAt, frameAt: performance.timeOrigin + performance.now() }),
      );
    });
    observer.observe(document.body, { childList: true, subtree: true, attributes: true });
  });
  return armed;
})()`;

const WAIT = `Promise.race([
  window.__cacCall,
  new Promise((_, reject) => setTimeout(() => reject(new Error('no call on the display')), ${SAMPLE_TIMEOUT_MS})),
])`;

/** An outcome of each demo service, to finish its tickets with. */
const OUTCOMES: Readonly<Record<string, string>> = {
  'registro-civil': 'atendido',
  licencias: 'expediente-recibido',
  'mesa-de-partes': 'expediente-registrado',
  tributos: 'pagado',
  orientacion: 'orientado',
};

type Seen = { key: string | null; domAt: number; frameAt: number };
type Held = { id: string; serviceId: string };
type Clerk = { client: BenchClient; windowId: string; serviceId: string; holding: Held | null };

function epochNow(): number {
  return performance.timeOrigin + performance.now();
}

async function must(client: BenchClient, name: string, payload: unknown): Promise<Held | null> {
  const result = await client.command(name, payload);
  if (!result.ok) throw new Error(`${name}: ${result.error.code} ${result.error.message}`);
  const ticket = result.value.ticket;
  return ticket ? { id: ticket.id, serviceId: ticket.serviceId } : null;
}

/** The bench's office: one kiosk device per few hundred tickets, clerks logged in. */
async function openOffice(hub: SpawnedHub, kioskKeys: readonly string[]) {
  const kiosks = await connectMany(kioskKeys.length, (i) =>
    connectClient(hub.url, 'kiosk', kioskKeys[i] ?? '', { dropDeltas: true }),
  );
  const clerks: Clerk[] = [];
  for (const window of WINDOWS) {
    const token = await login(hub.url, window.clerk);
    const client = await connectClient(hub.url, 'counter', token, { dropDeltas: true });
    await must(client, 'window:open', { windowId: window.windowId });
    clerks.push({ client, windowId: window.windowId, serviceId: window.serviceId, holding: null });
  }
  let taken = 0;
  const take = (serviceId: string) =>
    must(kiosks[taken++ % kiosks.length] as BenchClient, 'ticket:take', {
      serviceId,
      category: 'none',
    });
  for (const clerk of clerks) for (let n = 0; n < QUEUE_BUFFER; n += 1) await take(clerk.serviceId);
  /** Everything of one call but the call itself: a ticket in, the held one finished (at once). */
  const prepare = async (clerk: Clerk): Promise<void> => {
    const held = clerk.holding;
    clerk.holding = null;
    await Promise.all([
      take(clerk.serviceId),
      held &&
        must(clerk.client, 'ticket:start', { ticketId: held.id }).then(() =>
          must(clerk.client, 'ticket:finish', {
            ticketId: held.id,
            outcome: OUTCOMES[held.serviceId] ?? '',
          }),
        ),
    ]);
  };
  const callNext = async (clerk: Clerk): Promise<string> => {
    const held = await must(clerk.client, 'ticket:call-next', { windowId: clerk.windowId });
    if (!held) throw new Error('call-next answered without a ticket');
    clerk.holding = held;
    return held.id;
  };
  const close = (): void => {
    for (const client of [...kiosks, ...clerks.map((c) => c.client)]) client.close();
  };
  return { clerks, prepare, callNext, close };
}

type Office = Awaited<ReturnType<typeof openOffice>>;

/** One measured call: arm the page, emit, wait for the frame that shows it. */
async function measuredCall(page: Page, office: Office, clerk: Clerk) {
  await office.prepare(clerk);
  await page.evaluate(ARM);
  const sentAt = epochNow();
  const id = await office.callNext(clerk);
  const seen = (await page.evaluate(WAIT)) as Seen;
  const answeredAt = epochNow();
  if (seen.key !== `${id}#1`) throw new Error(`the display showed ${seen.key}, not ${id}#1`);
  return { frameMs: seen.frameAt - sentAt, roundTripMs: answeredAt - sentAt };
}

/**
 * The page's JS heap after garbage collection (MB). With CAC_BENCH_HEAP_SNAPSHOTS=DIR it also
 * writes a heap snapshot there (`<name>.heapsnapshot`, for Chromium's DevTools Memory tab).
 */
async function heapMb(cdp: CDPSession, name: string): Promise<number> {
  // Twice: the first collection may leave garbage that finalizers freed for the second.
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  const dir = process.env['CAC_BENCH_HEAP_SNAPSHOTS'];
  if (dir) {
    const chunks: string[] = [];
    const onChunk = ({ chunk }: { chunk: string }): void => {
      chunks.push(chunk);
    };
    cdp.on('HeapProfiler.addHeapSnapshotChunk', onChunk);
    await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
    cdp.off('HeapProfiler.addHeapSnapshotChunk', onChunk);
    mkdirSync(dir, { recursive: true });
    writeFileSync(path.join(dir, `${name}.heapsnapshot`), chunks.join(''));
  }
  return usedSize / 2 ** 20;
}

/** Waits until the display features `key` (it may trail the hub after a burst). */
async function caughtUp(page: Page, key: string, timeoutMs: number): Promise<void> {
  // Polled from here: the page's CSP (no 'unsafe-eval') refuses waitForFunction's string.
  const deadline = performance.now() + timeoutMs;
  const read = "document.querySelector('.current-call__body')?.getAttribute('data-call') ?? null";
  while ((await page.evaluate(read)) !== key) {
    if (performance.now() > deadline) throw new Error(`the display never showed ${key}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/**
 * The scenario on a hub of its own; null (with the reason logged) when the display is not built
 * or Chromium cannot start.
 */
export async function runDisplayCalls(
  log: (line: string) => void,
  calls = CALLS,
): Promise<DisplayCallResult | null> {
  if (!existsSync(DISPLAY_INDEX)) {
    log('  skipped: display/dist/index.html is missing (npm run build -w display)');
    return null;
  }
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'cac-bench-display-'));
  const keys = writeOfficeFile(dataDir, {
    ticketsPerMinutePerDevice: 1000,
    extraKiosks: { prefix: 'display-bench', count: KIOSKS },
  });
  const hub = await spawnHub({ dataDir, port: await freePort() });
  let browser: Browser | null = null;
  let office: Office | null = null;
  const started = performance.now();
  try {
    browser = await chromium.launch({
      executablePath: CHROMIUM_PATH,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--no-first-run',
        '--autoplay-policy=no-user-gesture-required',
      ],
    });
    const page = await browser.newPage({ viewport: { width: 1920, height: 1080 } });
    const cdp = await page.context().newCDPSession(page);
    await page.goto(`${hub.url}/display/`);
    await page.waitForSelector('.display[data-connection="online"]');
    office = await openOffice(hub, keys);
    const round = (n: number): Clerk => office?.clerks[n % WINDOWS.length] as Clerk;

    let made = 0;
    const early: number[] = [];
    const roundTrips: number[] = [];
    for (let i = 0; i < WARM_UPS + SAMPLES_EACH; i += 1) {
      const sample = await measuredCall(page, office, round(made));
      made += 1;
      if (i >= WARM_UPS) {
        early.push(sample.frameMs);
        roundTrips.push(sample.roundTripMs);
      }
    }
    while (made < HEAP_EARLY_AT) {
      await office.prepare(round(made));
      await office.callNext(round(made));
      made += 1;
    }
    const lastEarly = `${round(made - 1).holding?.id}#1`;
    await caughtUp(page, lastEarly, 30_000);
    const heapAfterEarlyMb = await heapMb(cdp, `display-heap-${HEAP_EARLY_AT}`);
    log(`  ${made} calls, page heap ${fmt(heapAfterEarlyMb, 2)} MB`);

    // The bulk: six clerks in parallel, each preparing and calling as fast as the hub answers.
    const bulkStart = performance.now();
    const target = calls - SAMPLES_EACH;
    let last = '';
    await Promise.all(
      (office?.clerks ?? []).map(async (clerk) => {
        while (made < target && performance.now() - started < BUDGET_MS) {
          made += 1;
          if (made % 2000 === 0) {
            log(
              `    ${made} calls, ${fmt((performance.now() - bulkStart) / 1000, 1)} s into the bulk`,
            );
          }
          await office?.prepare(clerk);
          const id = await office?.callNext(clerk);
          last = `${id}#1`;
        }
      }),
    );
    const bulkSeconds = (performance.now() - bulkStart) / 1000;
    await caughtUp(page, last, 120_000);
    log(
      `  ${made} calls (${fmt((made - HEAP_EARLY_AT) / bulkSeconds, 0)} calls/s in the bulk; the page caught up ${fmt((performance.now() - bulkStart) / 1000 - bulkSeconds, 1)} s later)`,
    );
    const late: number[] = [];
    for (let i = 0; i < SAMPLES_EACH; i += 1) {
      const sample = await measuredCall(page, office, round(made));
      made += 1;
      late.push(sample.frameMs);
      roundTrips.push(sample.roundTripMs);
    }
    const heapAfterAllMb = await heapMb(cdp, `display-heap-${made}`);
    const all = [...early, ...late];
    const result: DisplayCallResult = {
      p50: percentile(all, 50),
      p95: percentile(all, 95),
      max: Math.max(...all),
      earlyP95: percentile(early, 95),
      lateP95: percentile(late, 95),
      roundTripP95: percentile(roundTrips, 95),
      samples: all.length,
      heapAfterEarlyMb,
      heapAfterAllMb,
      heapRatio: heapAfterAllMb / heapAfterEarlyMb,
      calls: made,
      bulkSeconds,
    };
    log(
      `  call → display frame: p50 ${fmt(result.p50, 1)} / p95 ${fmt(result.p95, 1)} / max ${fmt(result.max, 1)} ms ` +
        `(p95 after ${WARM_UPS} warm-ups ${fmt(result.earlyP95, 1)}, after ${made - SAMPLES_EACH} calls ${fmt(result.lateP95, 1)}; ` +
        `until the bench heard back p95 ${fmt(result.roundTripP95, 1)} ms)`,
    );
    log(
      `  page heap after GC: ${fmt(heapAfterEarlyMb, 2)} MB after ${HEAP_EARLY_AT} calls, ${fmt(heapAfterAllMb, 2)} MB after ${made} (×${fmt(result.heapRatio, 3)})`,
    );
    return result;
  } catch (error) {
    log(`  failed: ${(error as Error).message.split('\n')[0]}`);
    return null;
  } finally {
    office?.close();
    await browser?.close();
    await hub.kill('SIGKILL');
    rmSync(dataDir, { recursive: true, force: true });
  }
}

// Alone: `npx tsx hub/bench/display-call-to-screen.ts [calls]`.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const log = (line: string): void => console.log(line);
  const skip = ensureFaceBuilt('display', log);
  if (skip) {
    console.error(skip);
    process.exit(1);
  }
  const calls = Number(process.argv[2] ?? CALLS);
  runDisplayCalls(log, calls).then(
    (result) => process.exit(result ? 0 : 1),
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
}
