import type { Category, Ticket } from './ticket';
import type { PauseReason } from './rules';

/** Runtime state of one counter window. */
export type WindowState = {
  id: string;
  status: 'closed' | 'open' | 'paused';
  /** The clerk (user id) who holds the window, when open or paused. */
  clerkId: string | null;
  /** The services this window serves today (a subset of its configured ones). */
  serviceIds: readonly string[];
  /** The one ticket it holds (called or serving), if any. */
  ticketId: string | null;
  pauseReason: PauseReason | null;
  /** When the current status began (epoch ms). */
  since: number | null;
  /** Consecutive preferential calls made by this window (for `maxPreferentialInRow`). */
  preferentialStreak: number;
};

/** A call as the displays show it. */
export type CallRecord = {
  ticketId: string;
  number: string;
  serviceId: string;
  category: Category;
  windowId: string;
  at: number;
  /** 1 for the first call, 2 for the first recall, … */
  callCount: number;
};

/** Running figures per service, enough for estimates without reading the ledger. */
export type ServiceStats = {
  issued: number;
  served: number;
  /** Durations (ms) of the most recent attentions, newest last, at most {@link RECENT_DURATIONS}. */
  recentServiceMs: readonly number[];
  /** Tickets of the service waiting now (kept by the reducer so a position needs no scan). */
  waiting: number;
  /** Of those, the preferential ones. */
  preferentialWaiting: number;
  /** Of those, the ones transferred in from elsewhere (they keep an earlier arrival time). */
  transfersWaiting: number;
};

/** How many recent attention durations feed the wait estimate. */
export const RECENT_DURATIONS = 20;
/**
 * How many recent calls the live state keeps for the displays: a display in one of two rooms
 * (a zone) filters them and still needs about six of its own.
 */
export const RECENT_CALLS = 20;

/**
 * The office's live state: what the hub holds in memory and every client projects with the same
 * reducer. Only live tickets (waiting, called, serving) are kept, so its size follows the queue,
 * not the day's total; finished tickets live on in the ledger.
 */
export type LiveState = {
  officeDay: string;
  /** True after the day-close hour: no tickets until the next office day. */
  dayClosed: boolean;
  tickets: Readonly<Record<string, Ticket>>;
  windows: Readonly<Record<string, WindowState>>;
  /** Last sequence number issued today, per service id. */
  lastSequence: Readonly<Record<string, number>>;
  /** Newest first, at most {@link RECENT_CALLS}. */
  recentCalls: readonly CallRecord[];
  serviceStats: Readonly<Record<string, ServiceStats>>;
};
