import type { Ticket } from '@cac/shared/domain';

/** A ticket as the REST API returns it to staff: times in ISO 8601, no access key. */
export type TicketView = Omit<
  Ticket,
  'arrivalAt' | 'issuedAt' | 'firstCalledAt' | 'calledAt' | 'startedAt' | 'finishedAt'
> & {
  arrivalAt: string;
  issuedAt: string;
  firstCalledAt: string | null;
  calledAt: string | null;
  startedAt: string | null;
  finishedAt: string | null;
  outcome: string | null;
};

const iso = (ms: number | null): string | null => (ms === null ? null : new Date(ms).toISOString());

/** Converts a ticket (live or stored) to its REST shape. */
export function ticketView(
  ticket: Ticket & { outcome?: string | null; accessKey?: unknown },
): TicketView {
  const { accessKey: _secret, outcome, ...rest } = ticket;
  return {
    ...rest,
    arrivalAt: new Date(ticket.arrivalAt).toISOString(),
    issuedAt: new Date(ticket.issuedAt).toISOString(),
    firstCalledAt: iso(ticket.firstCalledAt),
    calledAt: iso(ticket.calledAt),
    startedAt: iso(ticket.startedAt),
    finishedAt: iso(ticket.finishedAt),
    outcome: outcome ?? null,
  };
}
