// What the scenarios of one bench run share: the hub child, its data folder, keys and tokens, and
// how many tickets the office day has seen so far.
import { readFileSync } from 'node:fs';
import type { SpawnedHub } from '../src/testing/spawn-hub';
import type { BenchClient } from './clients';

/** Kiosk devices per purpose; each device has its own rate-limit bucket in the hub. */
export type KioskKeys = {
  /** The 20 closed-loop kiosks of the take-ticket runs (early in the day). */
  early: string[];
  /** The 50 kiosks of the throughput runs. */
  throughput: string[];
  /** 40 kiosks that fill the day up to ticket 9,750 (not measured). */
  fill: string[];
  /** The 20 closed-loop kiosks that measure around the 10,000th ticket. */
  late: string[];
};

/** Shared state of one bench run. */
export type BenchContext = {
  hub: SpawnedHub;
  dataDir: string;
  port: number;
  kiosks: KioskKeys;
  /** Staff tokens of clerk1..clerk6 (window i+1 belongs to clerk i+1). */
  clerkTokens: string[];
  /** Tickets issued today so far (accepted ticket:take). */
  issued: number;
  /** Tickets taken out of the queue by the call scenarios (finished). */
  served: number;
  /** Extra node flags for the restarted hub child (profiling). */
  hubNodeArgs: string[];
  /** The hub's RSS right after it first answered /health, before any client. */
  freshRssMb: number;
  /** With --profile: the hub's process.memoryUsage() in MB, through its inspector. */
  memory?: () => Promise<Record<string, number>>;
  log(line: string): void;
};

/** Resolves after `ms`. */
export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** A process's resident set (VmRSS) and peak (VmHWM) in MB, from /proc/<pid>/status. */
export function residentMb(pid: number): { rssMb: number; peakMb: number } {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (field: string): number =>
    Number(new RegExp(`${field}:\\s+(\\d+)\\s+kB`).exec(status)?.[1] ?? NaN);
  return { rssMb: kb('VmRSS') / 1024, peakMb: kb('VmHWM') / 1024 };
}

/** CPU time (user + system, all threads) a process has used, in ms, from /proc/<pid>/stat. */
export function processCpuMs(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  // Fields 14 and 15 of stat (utime, stime) in clock ticks of 10 ms (USER_HZ = 100 on Linux).
  return (Number(fields[11]) + Number(fields[12])) * 10;
}

/** Closes every client. */
export function closeAll(clients: readonly BenchClient[]): void {
  for (const client of clients) client.close();
}

/** `12.3` style, or `n/a`. */
export function fmt(value: number, digits = 1): string {
  return Number.isFinite(value) ? value.toFixed(digits) : 'n/a';
}
