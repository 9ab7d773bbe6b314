// resyncMs: with the 200 clients of the RSS scenario connected (socket.io-client reconnection,
// 250 ms backing off to 2 s), the hub is SIGKILLed and restarted on the same data folder and port;
// from the restart's spawn until EVERY client has received a fresh sync:snapshot.
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { spawnHub } from '../src/testing/spawn-hub';
import type { BenchContext } from './context';
import { fmt, sleep } from './context';
import { percentile } from './load';
import type { ClientSet } from './scenario-rss';

const RESYNC_TIMEOUT_MS = 90000;

/** What the resync scenario measured (ms from the restart's spawn). */
export type ResyncResult = {
  /** Until the last client had its fresh snapshot. */
  resyncMs: number;
  /** Until /api/v1/health answered (process start, ledger replay, listen). */
  readyMs: number;
  firstMs: number;
  medianMs: number;
  resynced: number;
  clients: number;
  snapshotBytes: number;
  snapshotTickets: number;
  /** Size of ledger.sqlite (+ its WAL) the hub restarted on. */
  ledgerMb: number;
  /** The restarted hub's seq equals the last seq before the kill (nothing acknowledged was lost). */
  seqKept: boolean;
};

/** The scenario. The restarted hub becomes `ctx.hub`. */
export async function runResync(ctx: BenchContext, set: ClientSet): Promise<ResyncResult> {
  const clients = set.all;
  const before = clients.map((client) => client.snapshots);
  // Let the last deltas of the previous scenario land; the displays parse every delta, so the
  // highest seq they saw is then the last commit before the kill.
  await sleep(250);
  const seqBefore = Math.max(...set.displays.map((display) => display.lastSeq));
  await ctx.hub.kill('SIGKILL');
  const ledgerMb = ['ledger.sqlite', 'ledger.sqlite-wal']
    .map((file) => path.join(ctx.dataDir, file))
    .filter((file) => existsSync(file))
    .reduce((total, file) => total + statSync(file).size / 1e6, 0);
  // Wait for every socket to notice (loopback: at once), so that nothing from the old process counts.
  for (let waited = 0; clients.some((c) => c.socket.connected) && waited < 5000; waited += 10)
    await sleep(10);
  const hub = await spawnHub({ dataDir: ctx.dataDir, port: ctx.port, nodeArgs: ctx.hubNodeArgs });
  ctx.hub = hub;
  const fresh = (): number =>
    clients.filter((client, i) => client.snapshots > (before[i] ?? 0)).length;
  const deadline = performance.now() + RESYNC_TIMEOUT_MS;
  while (fresh() < clients.length && performance.now() < deadline) await sleep(10);
  const times = clients
    .filter((client, i) => client.snapshots > (before[i] ?? 0))
    .map((client) => client.snapshotAt - hub.spawnedAt);
  const probe = set.displays[0]?.snapshot;
  const result: ResyncResult = {
    resyncMs: times.length === clients.length ? Math.max(...times) : Number.NaN,
    readyMs: hub.readyAt - hub.spawnedAt,
    firstMs: Math.min(...times),
    medianMs: percentile(times, 50),
    resynced: times.length,
    clients: clients.length,
    snapshotBytes: probe?.bytes ?? Number.NaN,
    snapshotTickets: probe?.tickets ?? Number.NaN,
    ledgerMb,
    seqKept: probe?.seq === seqBefore,
  };
  ctx.log(
    `  hub answered /health ${fmt(result.readyMs, 0)} ms after spawn; ${result.resynced}/${result.clients} clients` +
      ` resynced: first ${fmt(result.firstMs, 0)} ms, median ${fmt(result.medianMs, 0)} ms, last ${fmt(result.resyncMs, 0)} ms` +
      `; snapshot ${fmt(result.snapshotBytes / 1e6, 2)} MB, ${result.snapshotTickets} live tickets, seq ${probe?.seq}` +
      `, ledger ${fmt(ledgerMb, 1)} MB` +
      ` (${result.seqKept ? 'same as before the kill' : `before the kill: ${seqBefore}`})`,
  );
  return result;
}
