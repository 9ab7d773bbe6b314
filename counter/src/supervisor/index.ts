// Public surface of the supervisor's floor view. Explicit export lists only.
export { SupervisorFloor } from './supervisor-floor';
export type { SupervisorMessageKey } from './messages';
export { SUPERVISOR_MESSAGES_EN, SUPERVISOR_MESSAGES_ES } from './messages';
