// takeTicketP50Ms / takeTicketP99Ms: 20 kiosk sockets, each in a closed loop of ticket:take with
// durable commits; ack latency measured at the client. Early in the office day.
import type { BenchClient } from './clients';
import { connectClient, connectMany } from './clients';
import type { BenchContext } from './context';
import { closeAll, fmt } from './context';
import type { LoopOutcome } from './load';
import {
  closedLoop,
  describeRefusals,
  median,
  pacedLoop,
  percentile,
  takeTicket,
  workersOf,
} from './load';

const KIOSKS = 20;
const WARM_UP = 300;
const RUNS = 3;
const PER_RUN = 500;
const SERIAL = 200;
const PACED = { intervalMs: 100, durationMs: 2000 } as const;

/** One measured run. */
export type LatencyRun = {
  p50: number;
  p99: number;
  perSec: number;
  firstTicket: number;
  lastTicket: number;
};

/** What the take-ticket scenario measured. */
export type TakeTicketResult = {
  /** Medians over the runs. */
  p50: number;
  p99: number;
  runs: LatencyRun[];
  /** One command in flight (kiosks in turn): the hub's own latency without queueing. */
  serial: { p50: number; p99: number };
  /** The 20 kiosks each taking one ticket every 100 ms (200/s offered, open loop). */
  paced: { p50: number; p99: number; perSec: number };
};

/** Latency figures of a loop; `firstTicket` is the day's ticket number of its first sample. */
export function latencyRun(outcome: LoopOutcome, firstTicket: number): LatencyRun {
  const latencies = outcome.samples.filter((s) => s.result.ok).map((s) => s.latencyMs);
  return {
    p50: percentile(latencies, 50),
    p99: percentile(latencies, 99),
    perSec: (outcome.accepted / outcome.elapsedMs) * 1000,
    firstTicket,
    lastTicket: firstTicket + outcome.accepted - 1,
  };
}

/** Runs a closed loop of ticket:take, counts the accepted tickets into the day, warns on refusals. */
export async function takeLoop(
  ctx: BenchContext,
  workers: readonly (readonly BenchClient[])[],
  count: number,
  label: string,
): Promise<{ outcome: LoopOutcome; run: LatencyRun }> {
  const firstTicket = ctx.issued + 1;
  const outcome = await closedLoop({ workers, count, command: takeTicket });
  ctx.issued += outcome.accepted;
  const refusals = describeRefusals(outcome);
  if (refusals) ctx.log(`  ! ${label}: refused or lost: ${refusals}`);
  return { outcome, run: latencyRun(outcome, firstTicket) };
}

/** Connects `count` kiosk sockets that never look at deltas (pure load generators). */
export function connectKiosks(ctx: BenchContext, keys: readonly string[]): Promise<BenchClient[]> {
  return connectMany(keys.length, (i) =>
    connectClient(ctx.hub.url, 'kiosk', keys[i] ?? '', { dropDeltas: true }),
  );
}

/** The scenario. Leaves no client connected. */
export async function runTakeTicket(ctx: BenchContext): Promise<TakeTicketResult> {
  const kiosks = await connectKiosks(ctx, ctx.kiosks.early.slice(0, KIOSKS));
  try {
    const workers = workersOf(kiosks, KIOSKS);
    await takeLoop(ctx, workers, WARM_UP, 'warm-up');
    const runs: LatencyRun[] = [];
    for (let run = 0; run < RUNS; run += 1) {
      const { run: figures } = await takeLoop(ctx, workers, PER_RUN, `run ${run + 1}`);
      runs.push(figures);
      ctx.log(
        `  run ${run + 1}: tickets ${figures.firstTicket}–${figures.lastTicket}  p50 ${fmt(figures.p50, 2)} ms` +
          `  p99 ${fmt(figures.p99, 2)} ms  ${fmt(figures.perSec, 0)}/s`,
      );
    }
    // Information: the same kiosks with one command in flight, then paced (open loop).
    const { run: serial } = await takeLoop(ctx, [kiosks], SERIAL, 'serial');
    ctx.log(
      `  (information) one in flight: p50 ${fmt(serial.p50, 2)} ms  p99 ${fmt(serial.p99, 2)} ms`,
    );
    const pacedFirst = ctx.issued + 1;
    const pacedOutcome = await pacedLoop({ clients: kiosks, ...PACED, command: takeTicket });
    ctx.issued += pacedOutcome.accepted;
    const paced = latencyRun(pacedOutcome, pacedFirst);
    const pacedRefusals = describeRefusals(pacedOutcome);
    if (pacedRefusals) ctx.log(`  ! paced: refused or lost: ${pacedRefusals}`);
    ctx.log(
      `  (information) paced, each kiosk every ${PACED.intervalMs} ms: p50 ${fmt(paced.p50, 2)} ms` +
        `  p99 ${fmt(paced.p99, 2)} ms  ${fmt(paced.perSec, 0)}/s`,
    );
    return {
      p50: median(runs.map((r) => r.p50)),
      p99: median(runs.map((r) => r.p99)),
      runs,
      serial: { p50: serial.p50, p99: serial.p99 },
      paced: { p50: paced.p50, p99: paced.p99, perSec: paced.perSec },
    };
  } finally {
    closeAll(kiosks);
  }
}
