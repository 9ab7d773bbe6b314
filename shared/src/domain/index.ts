// Public surface of the pure domain. Explicit export lists only.

// -- model
export type { Actor, Role } from './actor';
export { ROLES } from './actor';
export type { Category, LiveStatus, Ticket, TicketStatus } from './ticket';
export {
  CATEGORIES,
  LIVE_STATUSES,
  PREFERENTIAL_CATEGORIES,
  TICKET_STATUSES,
  isPreferential,
} from './ticket';
export type { CallPolicy, OfficeRules, PauseReason, ServiceRules, WindowRules } from './rules';
export { DEFAULT_CALL_POLICY, PAUSE_REASONS } from './rules';
export type { CallRecord, LiveState, ServiceStats, WindowState } from './state';
export { RECENT_CALLS, RECENT_DURATIONS } from './state';
export type { CommandType, DomainCommand, TransferTarget } from './commands';
export type { DomainEvent, EventType } from './events';
export type { DomainError } from './domain-error';
export { domainError } from './domain-error';
export type { DecideContext } from './context';

// -- queue rules (decide, apply, call policy, estimates, office day)

// -- identity numbers and money
