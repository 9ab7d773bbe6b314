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
export type { AttentionResultLink, CommandType, DomainCommand, TransferTarget } from './commands';
export type { DomainEvent, EventType } from './events';
export type { DomainError } from './domain-error';
export { domainError } from './domain-error';
export type { DecideContext } from './context';

// -- queue rules (decide, apply, call policy, estimates, office day)
export { decide } from './decide';
export type { Decision } from './guards';
export { applyEvent, applyEvents, applyEventsInPlace, emptyState } from './apply';
export { ticketAfterEvent } from './ticket-transition';
export { touchedTickets } from './touched-tickets';
export { compareForCall, isCallableAt, nextTicketFor, peopleAhead } from './call-policy';
export type { ServiceQueueSummary, TicketEstimate } from './estimate';
export { MIN_DURATION_SAMPLES, estimateForTicket, serviceQueueSummary } from './estimate';
export { dayRollover } from './day';
export { localMinutesOf, officeDayOf, parseClockTime } from './office-day';
export { formatTicketNumber } from './numbering';

// -- identity numbers and money
export type { IdentityCheck, IdentityProblem } from './identity/identity-check';
export { IDENTITY_PROBLEMS } from './identity/identity-check';
export { dniCheckCharacters, validateDni } from './identity/dni';
export { rucCheckDigit, rucForDni, validateRuc } from './identity/ruc';
export { validateCarneExtranjeria } from './identity/carne-extranjeria';
export type { MoneyFailure, MoneyProblem, MoneyResult } from './money/money-problem';
export { MONEY_PROBLEMS } from './money/money-problem';
export type { Centimos, SolesLocale } from './money/money';
export { formatSoles, parseSoles } from './money/money';
export type { UitPercent, UitTable } from './money/uit';
export { DEFAULT_UIT_TABLE, feeFromUitPercent, uitFor } from './money/uit';

// -- words for the voice (kiosk, displays)
export type { NumberAgreement } from './spanish-number-words';
export {
  MAX_SPANISH_NUMBER,
  NUMBER_AGREEMENTS,
  SPANISH_HUNDREDS,
  SPANISH_LETTER_NAMES,
  SPANISH_UNITS,
  spanishNumberWords,
  ticketNumberWords,
} from './spanish-number-words';

// -- calendar, expedientes and taxes (procedures)
export type { CivilDate } from './calendar/civil-date';
export {
  addCalendarDays,
  calendarDaysBetween,
  dayOfWeek,
  parseCivilDate,
} from './calendar/civil-date';
export type { WorkingCalendar } from './calendar/working-days';
export {
  addWorkingDays,
  isWorkingDay,
  workingCalendar,
  workingDaysBetween,
} from './calendar/working-days';
export type { ExpedienteNumber } from './expediente/expediente-number';
export {
  expedienteDocumentTitle,
  formatExpedienteNumber,
  parseExpedienteNumber,
  readTypedExpedienteNumber,
} from './expediente/expediente-number';
export type { ExpedienteResolution, ExpedienteState } from './expediente/expediente-state';
export {
  EXPEDIENTE_RESOLUTIONS,
  EXPEDIENTE_STATES,
  EXPEDIENTE_TRANSITIONS,
  canMoveExpediente,
} from './expediente/expediente-state';
export type {
  ExpedienteMove,
  ExpedienteProblem,
  ExpedienteProgress,
  ExpedienteStep,
} from './expediente/expediente';
export {
  EXPEDIENTE_PROBLEMS,
  OBSERVATION_TERM_WORKING_DAYS,
  moveExpediente,
  observationLapsed,
  receiveExpediente,
  resolutionDueOn,
} from './expediente/expediente';
export type {
  Papeleta,
  PapeletaDiscountReason,
  PapeletaDiscountRules,
  PapeletaQuote,
} from './tax/papeleta-discount';
export { quotePapeleta } from './tax/papeleta-discount';
