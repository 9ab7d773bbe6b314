import type { Ticket } from './ticket';
import type { PauseReason } from './rules';
import type { AttentionResultLink } from './commands';

/**
 * Facts that happened, in past tense. They are what the ledger persists and what every client
 * receives; each carries everything needed to apply it (no configuration lookups), so that the
 * state can be rebuilt from the ledger alone. They never carry personal data.
 */
export type DomainEvent =
  | { type: 'ticket:issued'; at: number; ticket: Ticket }
  | {
      type: 'ticket:called';
      at: number;
      ticketId: string;
      windowId: string;
      /** Set for a call out of order (audited); `null` for call-next. */
      reason: string | null;
    }
  | { type: 'ticket:recalled'; at: number; ticketId: string }
  | { type: 'ticket:no-show'; at: number; ticketId: string }
  | { type: 'ticket:started'; at: number; ticketId: string }
  | {
      type: 'ticket:finished';
      at: number;
      ticketId: string;
      outcome: string;
      note: string | null;
      /**
       * What the attention produced (issue 6). Optional so that events written before it existed
       * still read as they are.
       */
      result?: AttentionResultLink;
    }
  | {
      type: 'ticket:transferred';
      at: number;
      ticketId: string;
      /** The record that continues the attention in the target queue (same number and arrival). */
      next: Ticket;
      note: string | null;
    }
  | { type: 'ticket:cancelled'; at: number; ticketId: string; reason: string | null }
  | {
      type: 'window:opened';
      at: number;
      windowId: string;
      clerkId: string;
      serviceIds: readonly string[];
    }
  | { type: 'window:closed'; at: number; windowId: string }
  | { type: 'window:paused'; at: number; windowId: string; reason: PauseReason }
  | { type: 'window:resumed'; at: number; windowId: string }
  | {
      type: 'day:closed';
      at: number;
      officeDay: string;
      /** Tickets still waiting at close; they become `expired`. */
      expiredTicketIds: readonly string[];
    }
  | { type: 'day:started'; at: number; officeDay: string };

/** The `type` of a {@link DomainEvent}. */
export type EventType = DomainEvent['type'];
