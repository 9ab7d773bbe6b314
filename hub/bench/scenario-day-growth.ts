// p99GrowthRatio: the same 20-kiosk closed loop as the take-ticket runs fills the office day to
// ticket 9,750, then measures tickets 9,751–10,250 (the ~500 around the 10,000th); the ratio is
// that window's p99 over the p99 of the day's first measured 500 (take-ticket run 1).
import type { BenchContext } from './context';
import { closeAll, fmt } from './context';
import type { LatencyRun } from './scenario-take-ticket';
import { connectKiosks, takeLoop } from './scenario-take-ticket';
import { workersOf } from './load';

const KIOSKS = 20;
const WINDOW = 500;
const AROUND = 10000;
const SERIAL = 100;

/** What the late window measured. */
export type GrowthResult = {
  late: LatencyRun;
  /** One command in flight (kiosks in turn), right after the late window. */
  serial: LatencyRun;
  /** Tickets still live (waiting) during the late window. */
  liveQueue: number;
};

/** The scenario. Leaves no client connected. */
export async function runDayGrowth(ctx: BenchContext): Promise<GrowthResult> {
  const fill = AROUND - WINDOW / 2 - ctx.issued;
  if (fill > 0) {
    // The fill has its own 40 devices, two per worker, so no device runs out of rate-limit tokens.
    const fillers = await connectKiosks(ctx, ctx.kiosks.fill);
    try {
      const { run } = await takeLoop(ctx, workersOf(fillers, KIOSKS), fill, 'fill');
      ctx.log(
        `  fill: tickets ${run.firstTicket}–${run.lastTicket} at ${fmt(run.perSec, 0)}/s (p99 ${fmt(run.p99, 1)} ms)`,
      );
    } finally {
      closeAll(fillers);
    }
  }
  // Fresh devices, and the same 20 sockets as the early runs: only the day has changed.
  const kiosks = await connectKiosks(ctx, ctx.kiosks.late.slice(0, KIOSKS));
  try {
    const workers = workersOf(kiosks, KIOSKS);
    const liveQueue = ctx.issued - ctx.served;
    const { run: late } = await takeLoop(ctx, workers, WINDOW, 'late window');
    ctx.log(
      `  tickets ${late.firstTicket}–${late.lastTicket} (live queue ≈ ${liveQueue}): p50 ${fmt(late.p50, 2)} ms` +
        `  p99 ${fmt(late.p99, 2)} ms  ${fmt(late.perSec, 0)}/s`,
    );
    const { run: serial } = await takeLoop(ctx, [kiosks], SERIAL, 'late serial');
    ctx.log(
      `  (information) one in flight: p50 ${fmt(serial.p50, 2)} ms  p99 ${fmt(serial.p99, 2)} ms`,
    );
    return { late, serial, liveQueue };
  } finally {
    closeAll(kiosks);
  }
}
