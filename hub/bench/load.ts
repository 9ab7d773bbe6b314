// Closed-loop load and the statistics the bench reports.
import { performance } from 'node:perf_hooks';
import type { CommandAck, Result } from '@cac/shared/protocol';
import type { BenchClient } from './clients';

/** Nearest-rank percentile (p in 0..100) of unsorted samples; NaN when empty. */
export function percentile(samples: readonly number[], p: number): number {
  if (samples.length === 0) return Number.NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[rank - 1] ?? Number.NaN;
}

/** Median (nearest rank) of a few run results. */
export function median(values: readonly number[]): number {
  return percentile(values, 50);
}

/** One answered command. */
export type Sample = { latencyMs: number; result: Result<CommandAck>; sentAt: number };

/** What a closed loop did. */
export type LoopOutcome = {
  samples: Sample[];
  /** Accepted commands (ok results). */
  accepted: number;
  /** Refusals by error code (RATE_LIMITED must stay 0 for the figures to mean anything). */
  refused: Record<string, number>;
  timeouts: number;
  elapsedMs: number;
};

/** Options of {@link closedLoop}. */
export type LoopOptions = {
  /** One entry per concurrent worker: the sockets it sends through, round-robin. */
  workers: readonly (readonly BenchClient[])[];
  /** Stop after this many commands were sent (over all workers)… */
  count?: number;
  /** …or after this long, whichever comes first. */
  durationMs?: number;
  /** The command of the i-th send. */
  command: (index: number) => { name: string; payload: unknown };
};

/**
 * Each worker sends one command, waits for its ack, and sends the next one at once (closed loop):
 * `workers.length` commands are in flight at any time. Latency is measured at the client, from the
 * emit to the ack callback.
 */
export async function closedLoop(options: LoopOptions): Promise<LoopOutcome> {
  const count = options.count ?? Number.POSITIVE_INFINITY;
  const started = performance.now();
  const deadline = started + (options.durationMs ?? Number.POSITIVE_INFINITY);
  const samples: Sample[] = [];
  const refused: Record<string, number> = {};
  let timeouts = 0;
  let accepted = 0;
  let sent = 0;
  await Promise.all(
    options.workers.map(async (sockets) => {
      let turn = 0;
      while (sent < count && performance.now() < deadline) {
        const index = sent++;
        const client = sockets[turn++ % sockets.length];
        if (!client) throw new Error('a worker without sockets');
        const { name, payload } = options.command(index);
        const sentAt = performance.now();
        let result: Result<CommandAck>;
        try {
          result = await client.command(name, payload);
        } catch {
          timeouts += 1;
          continue;
        }
        samples.push({ latencyMs: performance.now() - sentAt, result, sentAt });
        if (result.ok) accepted += 1;
        else refused[result.error.code] = (refused[result.error.code] ?? 0) + 1;
      }
    }),
  );
  return { samples, accepted, refused, timeouts, elapsedMs: performance.now() - started };
}

const SERVICES = [
  'registro-civil',
  'licencias',
  'mesa-de-partes',
  'tributos',
  'orientacion',
] as const;
const RUN_TAG = Date.now().toString(36);
let takes = 0;

/**
 * A kiosk's ticket:take: services in turn, one in ten preferential, and a requestId unique in the
 * whole bench run (the hub would answer a reused one with the first ticket instead of a new one).
 */
export function takeTicket(): { name: string; payload: unknown } {
  const index = takes++;
  return {
    name: 'ticket:take',
    payload: {
      serviceId: SERVICES[index % SERVICES.length],
      category: index % 10 === 7 ? 'senior' : 'none',
      requestId: `bench-${RUN_TAG}-${index}`,
    },
  };
}

/** Splits sockets into `workers` groups, round-robin. */
export function workersOf(clients: readonly BenchClient[], workers: number): BenchClient[][] {
  const groups: BenchClient[][] = Array.from({ length: workers }, () => []);
  clients.forEach((client, i) => groups[i % workers]?.push(client));
  return groups;
}

/** Refusals in a readable line, `''` when there were none. */
export function describeRefusals(outcome: LoopOutcome): string {
  const parts = Object.entries(outcome.refused).map(([code, n]) => `${code}×${n}`);
  if (outcome.timeouts > 0) parts.push(`timeout×${outcome.timeouts}`);
  return parts.join(', ');
}

/**
 * Open loop: every client sends one command every `intervalMs` (clients staggered evenly), whether
 * or not its previous one was answered, for `durationMs`. Latency then shows the hub's service time
 * at a given offered rate instead of the queueing a zero-think-time closed loop builds up.
 */
export async function pacedLoop(options: {
  clients: readonly BenchClient[];
  intervalMs: number;
  durationMs: number;
  command: () => { name: string; payload: unknown };
}): Promise<LoopOutcome> {
  const started = performance.now();
  const samples: Sample[] = [];
  const refused: Record<string, number> = {};
  let timeouts = 0;
  let accepted = 0;
  const inFlight: Promise<void>[] = [];
  const send = async (client: BenchClient): Promise<void> => {
    const { name, payload } = options.command();
    const sentAt = performance.now();
    try {
      const result = await client.command(name, payload);
      samples.push({ latencyMs: performance.now() - sentAt, result, sentAt });
      if (result.ok) accepted += 1;
      else refused[result.error.code] = (refused[result.error.code] ?? 0) + 1;
    } catch {
      timeouts += 1;
    }
  };
  await Promise.all(
    options.clients.map(async (client, i) => {
      const offset = (options.intervalMs * i) / options.clients.length;
      for (let at = started + offset; at < started + options.durationMs; at += options.intervalMs) {
        const wait = at - performance.now();
        if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
        inFlight.push(send(client));
      }
    }),
  );
  await Promise.all(inFlight);
  return { samples, accepted, refused, timeouts, elapsedMs: performance.now() - started };
}
