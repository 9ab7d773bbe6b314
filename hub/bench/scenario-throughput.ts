// durableCommandsPerSec: 50 kiosk sockets in closed loops of ticket:take for a few seconds; accepted
// (durably committed and acknowledged) commands per second.
import type { BenchContext } from './context';
import { closeAll, fmt } from './context';
import { closedLoop, describeRefusals, median, takeTicket, workersOf } from './load';
import { connectKiosks } from './scenario-take-ticket';

const KIOSKS = 50;
const WARM_UP_MS = 500;
const RUNS = 3;
const RUN_MS = 1500;

/** What the throughput scenario measured. */
export type ThroughputResult = {
  /** Median over the runs. */
  perSec: number;
  runs: { perSec: number; liveFrom: number; liveTo: number }[];
};

/**
 * The scenario. `maxTickets` caps what it may issue (the day must still reach its 10,000th ticket
 * in the 20-kiosk loop that measures the growth), shared evenly by the warm-up and the runs; a
 * run ends at its share or after RUN_MS, whichever comes first.
 */
export async function runThroughput(
  ctx: BenchContext,
  maxTickets: number,
): Promise<ThroughputResult> {
  const kiosks = await connectKiosks(ctx, ctx.kiosks.throughput.slice(0, KIOSKS));
  const budgetEnd = ctx.issued + maxTickets;
  try {
    const workers = workersOf(kiosks, KIOSKS);
    const runs: ThroughputResult['runs'] = [];
    for (let run = -1; run < RUNS; run += 1) {
      const liveFrom = ctx.issued - ctx.served;
      const outcome = await closedLoop({
        workers,
        durationMs: run < 0 ? WARM_UP_MS : RUN_MS,
        // The budget is shared evenly, so a fast hub ends runs by count rather than starving the last.
        count: Math.max(0, Math.floor((budgetEnd - ctx.issued) / (RUNS - run))),
        command: takeTicket,
      });
      ctx.issued += outcome.accepted;
      const refusals = describeRefusals(outcome);
      if (refusals) ctx.log(`  ! throughput run ${run + 1}: refused or lost: ${refusals}`);
      if (run < 0) continue;
      const perSec = (outcome.accepted / outcome.elapsedMs) * 1000;
      const liveTo = ctx.issued - ctx.served;
      runs.push({ perSec, liveFrom, liveTo });
      ctx.log(
        `  run ${run + 1}: ${outcome.accepted} accepted in ${fmt(outcome.elapsedMs, 0)} ms = ${fmt(perSec, 0)}/s` +
          `  (live queue ${liveFrom} → ${liveTo})`,
      );
    }
    return { perSec: median(runs.map((r) => r.perSec)), runs };
  } finally {
    closeAll(kiosks);
  }
}
