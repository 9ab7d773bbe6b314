import type { DurationStats, SlaCompliance, TicketCounts } from '@cac/shared/protocol';
import type { ReportTicketRow } from './report-source';
import { durationStats, mean, nearestRank, sortedDurations, toMinutes } from './duration-stats';

/** Running figures of a set of ticket records (a service, a day, an hour, a clerk, …). */
export type TicketGroup = {
  counts: { -readonly [K in keyof TicketCounts]: TicketCounts[K] };
  waits: number[];
  services: number[];
  slaMet: number;
  slaEvaluated: number;
};

export function emptyGroup(): TicketGroup {
  return {
    counts: { issued: 0, served: 0, noShow: 0, cancelled: 0, expired: 0, transferred: 0, open: 0 },
    waits: [],
    services: [],
    slaMet: 0,
    slaEvaluated: 0,
  };
}

/** What one record adds to every group it belongs to, worked out once. */
export type RecordFacts = {
  row: ReportTicketRow;
  waitMs: number | null;
  serviceMs: number | null;
  /** `true` met, `false` missed, `null` not evaluated (no target, or not called and within it). */
  sla: boolean | null;
};

/**
 * Works out a record's wait, service time and SLA verdict. A record never called counts against
 * the target once it waited longer than it (until it left the queue, or until now while waiting);
 * a record moved to another queue leaves that to its continuation.
 */
export function recordFacts(
  row: ReportTicketRow,
  targetMin: number | null,
  now: number,
): RecordFacts {
  const waitMs = row.firstCalledAt === null ? null : row.firstCalledAt - row.enteredAt;
  const serviceMs =
    row.status === 'done' && row.finishedAt !== null
      ? row.finishedAt - (row.begunAt ?? row.finishedAt)
      : null;
  let sla: boolean | null = null;
  if (targetMin !== null) {
    const targetMs = targetMin * 60000;
    if (waitMs !== null) sla = waitMs <= targetMs;
    else if (row.status !== 'transferred') {
      const until = row.status === 'waiting' ? now : (row.finishedAt ?? now);
      if (until - row.enteredAt > targetMs) sla = false;
    }
  }
  return { row, waitMs, serviceMs, sla };
}

/** Adds a record to a group. */
export function addRecord(group: TicketGroup, facts: RecordFacts): void {
  const { row, waitMs, serviceMs, sla } = facts;
  const counts = group.counts;
  if (row.original === 1) counts.issued += 1;
  switch (row.status) {
    case 'done':
      counts.served += 1;
      break;
    case 'no_show':
      counts.noShow += 1;
      break;
    case 'cancelled':
      counts.cancelled += 1;
      break;
    case 'expired':
      counts.expired += 1;
      break;
    case 'transferred':
      counts.transferred += 1;
      break;
    default:
      counts.open += 1;
  }
  if (waitMs !== null) group.waits.push(waitMs);
  if (serviceMs !== null) group.services.push(serviceMs);
  if (sla !== null) {
    group.slaEvaluated += 1;
    if (sla) group.slaMet += 1;
  }
}

export function slaOf(group: TicketGroup, targetMin: number | null): SlaCompliance {
  return {
    targetMin,
    met: group.slaMet,
    evaluated: group.slaEvaluated,
    pct:
      group.slaEvaluated === 0 ? null : Math.round((group.slaMet / group.slaEvaluated) * 1000) / 10,
  };
}

export function waitStats(group: TicketGroup): DurationStats {
  return durationStats(group.waits);
}

export function serviceStats(group: TicketGroup): DurationStats {
  return durationStats(group.services);
}

/** Average and nearest-rank p90 of the waits, in minutes (the per-day tables). */
export function avgAndP90(waits: readonly number[]): {
  avgWaitMin: number | null;
  p90WaitMin: number | null;
} {
  return {
    avgWaitMin: toMinutes(mean(waits)),
    p90WaitMin: toMinutes(nearestRank(sortedDurations(waits), 0.9)),
  };
}
