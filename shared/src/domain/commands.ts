import type { Category } from './ticket';
import type { PauseReason } from './rules';

/**
 * What an attention produced, linked when it is finished: the expediente opened, the receipt of a
 * payment, the record of a certified copy. A reference, never personal data.
 */
export type AttentionResultLink = { kind: 'expediente' | 'receipt' | 'record'; ref: string };

/** Where a transferred ticket goes: another service's queue, or one specific window. */
export type TransferTarget = { serviceId: string } | { windowId: string };

/**
 * Every command the domain decides on. The names are the socket event names of the counter and
 * kiosk namespaces; REST routes map onto the same commands.
 */
export type DomainCommand =
  | { type: 'ticket:take'; serviceId: string; category: Category }
  | { type: 'window:open'; windowId: string; serviceIds?: readonly string[] }
  /** `reason` is kept in the audit trail only (a supervisor closing a window someone left open). */
  | { type: 'window:close'; windowId: string; reason?: string }
  | { type: 'window:pause'; windowId: string; reason: PauseReason }
  | { type: 'window:resume'; windowId: string }
  | { type: 'ticket:call-next'; windowId: string }
  | { type: 'ticket:call'; windowId: string; ticketId: string; reason: string }
  | { type: 'ticket:recall'; ticketId: string }
  | { type: 'ticket:no-show'; ticketId: string }
  | { type: 'ticket:start'; ticketId: string }
  | {
      type: 'ticket:finish';
      ticketId: string;
      outcome: string;
      note?: string;
      result?: AttentionResultLink;
    }
  | { type: 'ticket:transfer'; ticketId: string; to: TransferTarget; note?: string }
  | { type: 'ticket:cancel'; ticketId: string; reason?: string };

/** The `type` of a {@link DomainCommand}. */
export type CommandType = DomainCommand['type'];
