/** What became of the tickets, in the order the summary and the tables give it. */
export const TICKET_COUNTS = [
  'issued',
  'served',
  'noShow',
  'cancelled',
  'expired',
  'transferred',
] as const;

/** One of {@link TICKET_COUNTS}. */
export type TicketCount = (typeof TICKET_COUNTS)[number];

/** A report row that counts its tickets by what became of them. */
export type TicketCounts = Readonly<Record<TicketCount, number>>;
