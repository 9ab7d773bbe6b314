import type { Actor } from './actor';
import type { OfficeRules } from './rules';

/**
 * Everything a decision may depend on besides the state and the command. Time and identifiers
 * are injected so that decisions are pure and tests drive the clock.
 */
export type DecideContext = {
  /** Current time, epoch ms. */
  now: number;
  rules: OfficeRules;
  actor: Actor;
  /** Returns a fresh unique id for a new record (a ticket). */
  newId: () => string;
};
