import type { Ticket } from '@cac/shared/domain';

/** The day's figures of one service, from its ticket rows. */
export type ServiceDayStats = {
  /** Tickets taken at the kiosk (transfers into the service are not new citizens). */
  issued: number;
  served: number;
  noShow: number;
  waiting: number;
  preferential: number;
  avgWaitMin: number | null;
  p90WaitMin: number | null;
  avgServiceMin: number | null;
};

/** Computes {@link ServiceDayStats}; waits run from arrival to first call. */
export function serviceDayStats(tickets: readonly Ticket[]): ServiceDayStats {
  const waits: number[] = [];
  const durations: number[] = [];
  let issued = 0;
  let served = 0;
  let noShow = 0;
  let waiting = 0;
  let preferential = 0;
  for (const ticket of tickets) {
    if (ticket.previousTicketId === null) {
      issued += 1;
      if (ticket.category !== 'none') preferential += 1;
    }
    if (ticket.status === 'done') served += 1;
    if (ticket.status === 'no_show') noShow += 1;
    if (ticket.status === 'waiting') waiting += 1;
    if (ticket.firstCalledAt !== null && ticket.previousTicketId === null) {
      waits.push(ticket.firstCalledAt - ticket.arrivalAt);
    }
    if (ticket.status === 'done' && ticket.finishedAt !== null) {
      durations.push(
        ticket.finishedAt - (ticket.startedAt ?? ticket.calledAt ?? ticket.finishedAt),
      );
    }
  }
  return {
    issued,
    served,
    noShow,
    waiting,
    preferential,
    avgWaitMin: minutes(mean(waits)),
    p90WaitMin: minutes(percentile(waits, 0.9)),
    avgServiceMin: minutes(mean(durations)),
  };
}

function mean(values: readonly number[]): number | null {
  return values.length === 0 ? null : values.reduce((a, b) => a + b, 0) / values.length;
}

/** Nearest-rank percentile. */
function percentile(values: readonly number[], p: number): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)] ?? null;
}

/** Milliseconds to minutes with one decimal. */
function minutes(ms: number | null): number | null {
  return ms === null ? null : Math.round(ms / 6000) / 10;
}
