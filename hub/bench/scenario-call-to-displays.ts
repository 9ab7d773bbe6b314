// callToDisplaysP99Ms: 50 display sockets connected; six clerks, one per window, call-next in a
// loop (start + finish free the window again). Per call: from emitting ticket:call-next until the
// LAST of the 50 displays has received the ticket:called delta.
import { performance } from 'node:perf_hooks';
import type { SyncDelta } from '@cac/shared/protocol';
import type { BenchClient } from './clients';
import { connectClient, connectMany } from './clients';
import type { BenchContext } from './context';
import { closeAll, fmt } from './context';
import { median, percentile } from './load';

export const DISPLAYS = 50;
const WINDOWS = 6;
const WAIT_MS = 10000;

/** Collects, per called ticket, how many displays received its ticket:called and when the last did. */
export type CallTracker = {
  readonly displays: number;
  onEvents(delta: SyncDelta, at: number): void;
  /** Resolves with performance.now() of the last display's arrival. */
  whenAllSaw(ticketId: string): Promise<number>;
};

/** A tracker for `displays` displays. */
export function createCallTracker(displays: number): CallTracker {
  const seen = new Map<string, { count: number; last: number }>();
  const waiters = new Map<string, (last: number) => void>();
  return {
    displays,
    onEvents(delta, at) {
      for (const event of delta.events) {
        if (event.type !== 'ticket:called') continue;
        const entry = seen.get(event.ticketId) ?? { count: 0, last: 0 };
        entry.count += 1;
        entry.last = at;
        seen.set(event.ticketId, entry);
        if (entry.count === displays) {
          const waiter = waiters.get(event.ticketId);
          if (waiter) {
            seen.delete(event.ticketId);
            waiters.delete(event.ticketId);
            waiter(at);
          }
        }
      }
    },
    whenAllSaw(ticketId) {
      const entry = seen.get(ticketId);
      if (entry && entry.count === displays) {
        seen.delete(ticketId);
        return Promise.resolve(entry.last);
      }
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => {
          waiters.delete(ticketId);
          const count = seen.get(ticketId)?.count ?? 0;
          reject(new Error(`only ${count}/${displays} displays saw the call of ${ticketId}`));
        }, WAIT_MS);
        waiters.set(ticketId, (last) => {
          clearTimeout(timer);
          resolve(last);
        });
      });
    },
  };
}

/** Connects the 50 displays (demo display key) feeding `tracker`. */
export function connectDisplays(
  ctx: BenchContext,
  tracker: CallTracker,
  options: { reconnect?: { delayMs: number; delayMaxMs: number }; probeFirst?: boolean } = {},
): Promise<BenchClient[]> {
  return connectMany(tracker.displays, (i) =>
    connectClient(ctx.hub.url, 'display', 'demo-display-key', {
      onEvents: tracker.onEvents,
      ...(options.reconnect ? { reconnect: options.reconnect } : {}),
      parseSnapshots: options.probeFirst === true && i === 0,
    }),
  );
}

/** Connects clerk1..clerk6 on /counter. */
export function connectCounters(
  ctx: BenchContext,
  options: { reconnect?: { delayMs: number; delayMaxMs: number } } = {},
): Promise<BenchClient[]> {
  return connectMany(WINDOWS, (i) =>
    connectClient(ctx.hub.url, 'counter', ctx.clerkTokens[i] ?? '', {
      dropDeltas: true,
      ...(options.reconnect ? { reconnect: options.reconnect } : {}),
    }),
  );
}

/** What one call-to-displays measurement gave. */
export type CallResult = {
  /** Median over the runs of each run's p99. */
  p99: number;
  p50: number;
  runP99s: number[];
  /** Ack latency of call-next (client-side), median p50 over the runs. */
  ackP50: number;
  calls: number;
};

async function openWindows(counters: readonly BenchClient[]): Promise<void> {
  await Promise.all(
    counters.map(async (counter, i) => {
      const result = await counter.command('window:open', { windowId: `ventanilla-${i + 1}` });
      if (!result.ok) throw new Error(`window:open ventanilla-${i + 1}: ${result.error.code}`);
    }),
  );
}

/** One clerk's cycle: call-next (measured), start, finish. Returns [to last display, to ack]. */
async function cycle(
  counter: BenchClient,
  windowId: string,
  tracker: CallTracker,
): Promise<[number, number]> {
  const sentAt = performance.now();
  const called = await counter.command('ticket:call-next', { windowId });
  const ackMs = performance.now() - sentAt;
  if (!called.ok) throw new Error(`call-next at ${windowId}: ${called.error.code}`);
  const ticketId = called.value.ticket?.id;
  if (!ticketId) throw new Error(`call-next at ${windowId} answered no ticket`);
  const last = await tracker.whenAllSaw(ticketId);
  const started = await counter.command('ticket:start', { ticketId });
  if (!started.ok) throw new Error(`start: ${started.error.code}`);
  // Every demo service has the outcome "derivado".
  const finished = await counter.command('ticket:finish', { ticketId, outcome: 'derivado' });
  if (!finished.ok) throw new Error(`finish: ${finished.error.code}`);
  return [last - sentAt, ackMs];
}

/**
 * Six clerks call concurrently, `cyclesPerClerk` cycles per run; the first run's first cycles are a
 * warm-up. Windows are opened (again) by their clerks first.
 */
export async function measureCalls(
  ctx: BenchContext,
  counters: readonly BenchClient[],
  tracker: CallTracker,
  options: { runs: number; cyclesPerClerk: number; warmUpCycles: number },
): Promise<CallResult> {
  await openWindows(counters);
  const runP99s: number[] = [];
  const runP50s: number[] = [];
  const ackP50s: number[] = [];
  let calls = 0;
  for (let run = -1; run < options.runs; run += 1) {
    const cycles = run < 0 ? options.warmUpCycles : options.cyclesPerClerk;
    const toDisplays: number[] = [];
    const toAck: number[] = [];
    await Promise.all(
      counters.map(async (counter, i) => {
        for (let n = 0; n < cycles; n += 1) {
          const [display, ack] = await cycle(counter, `ventanilla-${i + 1}`, tracker);
          toDisplays.push(display);
          toAck.push(ack);
        }
      }),
    );
    ctx.served += toDisplays.length;
    if (run < 0) continue;
    calls += toDisplays.length;
    runP99s.push(percentile(toDisplays, 99));
    runP50s.push(percentile(toDisplays, 50));
    ackP50s.push(percentile(toAck, 50));
    ctx.log(
      `  run ${run + 1}: ${toDisplays.length} calls  to last display p50 ${fmt(percentile(toDisplays, 50), 2)} ms` +
        `  p99 ${fmt(percentile(toDisplays, 99), 2)} ms  (ack p50 ${fmt(percentile(toAck, 50), 2)} ms)`,
    );
  }
  return { p99: median(runP99s), p50: median(runP50s), runP99s, ackP50: median(ackP50s), calls };
}

/** The early-day scenario: connects 50 displays and 6 counters, measures, disconnects them. */
export async function runCallToDisplays(ctx: BenchContext): Promise<CallResult> {
  const tracker = createCallTracker(DISPLAYS);
  const displays = await connectDisplays(ctx, tracker);
  const counters = await connectCounters(ctx);
  try {
    return await measureCalls(ctx, counters, tracker, {
      runs: 5,
      cyclesPerClerk: 30,
      warmUpCycles: 5,
    });
  } finally {
    closeAll(counters);
    closeAll(displays);
  }
}
