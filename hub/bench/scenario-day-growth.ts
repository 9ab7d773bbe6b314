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
  /** One kiosk, one in flight, right after the late window. */
  serial: LatencyRun;
  /** Tickets still live (waiting) during the late window. */
  liveQueue: number;
};

/** The scenario. Leaves no client connected. */
export async function runDayGrowth(ctx: BenchContext): Promise<GrowthResult> {
  const kiosks = await connectKiosks(ctx, ctx.kiosks.late.slice(0, KIOSKS));
  try {
    const workers = workersOf(kiosks, KIOSKS);
    const fill = AROUND - WINDOW / 2 - ctx.issued;
    if (fill > 0) {
      const { run } = await takeLoop(ctx, workers, fill, 'fill');
      ctx.log(`  fill: tickets ${run.firstTicket}–${run.lastTicket} at ${fmt(run.perSec, 0)}/s (p99 ${fmt(run.p99, 1)} ms)`);
    }
    const liveQueue = ctx.issued - ctx.served;
    const { run: late } = await takeLoop(ctx, workers, WINDOW, 'late window');
    ctx.log(
      `  tickets ${late.firstTicket}–${late.lastTicket} (live queue ≈ ${liveQueue}): p50 ${fmt(late.p50, 2)} ms` +
        `  p99 ${fmt(late.p99, 2)} ms  ${fmt(late.perSec, 0)}/s`,
    );
    const first = kiosks[0];
    if (!first) throw new Error('no kiosk connected');
    const { run: serial } = await takeLoop(ctx, [[first]], SERIAL, 'late serial');
    ctx.log(`  one kiosk, one in flight: p50 ${fmt(serial.p50, 2)} ms  p99 ${fmt(serial.p99, 2)} ms`);
    return { late, serial, liveQueue };
  } finally {
    closeAll(kiosks);
  }
}
