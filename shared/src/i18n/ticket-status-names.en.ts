import type { TicketStatus } from '../domain/ticket';
import type { Catalog } from './languages';

/** English name of each ticket status, for labels and lists ("Status: served"). */
export const TICKET_STATUS_NAMES_EN: Catalog<TicketStatus> = {
  language: 'en',
  reviewed: false,
  messages: {
    waiting: 'waiting',
    called: 'called',
    serving: 'being served',
    done: 'served',
    no_show: 'no-show',
    cancelled: 'cancelled',
    transferred: 'transferred',
    expired: 'expired',
  },
};

/** English predicate for each status, to follow "Ticket R-001 …" in a sentence. */
export const TICKET_STATUS_PHRASES_EN: Catalog<TicketStatus> = {
  language: 'en',
  reviewed: false,
  messages: {
    waiting: 'is waiting',
    called: 'has already been called',
    serving: 'is already being served',
    done: 'has already been served',
    no_show: 'was marked as a no-show',
    cancelled: 'was cancelled',
    transferred: 'was transferred',
    expired: 'expired when the day was closed',
  },
};
