import type { CommandType } from '../domain/commands';
import type { Catalog } from './languages';

/**
 * What each command does to a ticket, in English, as a past participle that follows
 * "so it cannot be …" ("Ticket R-001 has already been served, so it cannot be called again.").
 */
export const COMMAND_PHRASES_EN: Catalog<CommandType> = {
  language: 'en',
  reviewed: false,
  messages: {
    'ticket:take': 'issued',
    'window:open': 'used to open the window',
    'window:close': 'used to close the window',
    'window:pause': 'used to pause the window',
    'window:resume': 'used to resume service',
    'ticket:call-next': 'called',
    'ticket:call': 'called',
    'ticket:recall': 'called again',
    'ticket:no-show': 'marked as a no-show',
    'ticket:start': 'started',
    'ticket:finish': 'finished',
    'ticket:transfer': 'transferred',
    'ticket:cancel': 'cancelled',
  },
};
