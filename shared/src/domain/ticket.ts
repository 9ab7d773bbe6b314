/** Attention categories a citizen may declare at the kiosk; all but `none` are preferential (Ley 28683). */
export const CATEGORIES = ['none', 'pregnant', 'senior', 'disability', 'child'] as const;
/** One of {@link CATEGORIES}. */
export type Category = (typeof CATEGORIES)[number];

/** The preferential categories, in the order the kiosk shows them. */
export const PREFERENTIAL_CATEGORIES = ['pregnant', 'senior', 'disability', 'child'] as const;

/** True when the category gives preferential attention. */
export function isPreferential(category: Category): boolean {
  return category !== 'none';
}

/** Every status a ticket can have (the public API's `status`). */
export const TICKET_STATUSES = [
  'waiting',
  'called',
  'serving',
  'done',
  'no_show',
  'cancelled',
  'transferred',
  'expired',
] as const;
/** One of {@link TICKET_STATUSES}. */
export type TicketStatus = (typeof TICKET_STATUSES)[number];

/** Statuses of a ticket that is still in the office's live state (queue or window). */
export const LIVE_STATUSES = ['waiting', 'called', 'serving'] as const;
/** One of {@link LIVE_STATUSES}. */
export type LiveStatus = (typeof LIVE_STATUSES)[number];

/**
 * A numbered ticket. It carries no personal data: no name, no document, only the declared category.
 * Times are epoch milliseconds.
 */
export type Ticket = {
  id: string;
  /** Office day (YYYY-MM-DD, America/Lima) the number belongs to. */
  officeDay: string;
  serviceId: string;
  /** Display number, prefix + at least three digits: `R-001`, `R-1000`. */
  number: string;
  /** The numeric part of {@link Ticket.number}, per service per office day. */
  sequence: number;
  category: Category;
  status: TicketStatus;
  /** When the citizen first arrived; kept across transfers so a transferred ticket keeps its place. */
  arrivalAt: number;
  /** When this record was created (equals arrivalAt except for transfers). */
  issuedAt: number;
  /** The window that called or serves it. */
  windowId: string | null;
  /** Set when the ticket was transferred to one specific window: only that window may call it. */
  reservedWindowId: string | null;
  /** How many times it was called (first call + recalls). */
  callCount: number;
  /** First call, for waiting-time statistics. */
  firstCalledAt: number | null;
  /** Latest call or recall. */
  calledAt: number | null;
  startedAt: number | null;
  finishedAt: number | null;
  /** The ticket this one continues, when it was created by a transfer. */
  previousTicketId: string | null;
};
