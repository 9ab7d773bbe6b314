import type { DomainEvent } from './events';
import { localMinutesOf, officeDayOf, parseClockTime } from './office-day';
import type { OfficeRules } from './rules';
import type { LiveState } from './state';

/**
 * The events the hub's clock produces at `now` (it calls this on a timer and before each command):
 * - a new office day in `rules.timeZone`: close the old day — every ticket still live expires,
 *   including one a clerk left called or in service, so that the ledger never keeps a ticket
 *   without an end — then start the new one (numbering, statistics and windows restart);
 * - the same day at or after `rules.dayCloseTime`: close it — waiting tickets expire, tickets
 *   already called or being served stay so their clerks finish them;
 * - otherwise nothing.
 * A clock that went back to an earlier day changes nothing: days only move forward.
 */
export function dayRollover(state: LiveState, rules: OfficeRules, now: number): DomainEvent[] {
  const today = officeDayOf(now, rules.timeZone);
  if (today < state.officeDay) return [];
  if (today > state.officeDay) {
    const started: DomainEvent = { type: 'day:started', at: now, officeDay: today };
    const leftovers = Object.keys(state.tickets);
    if (state.dayClosed && leftovers.length === 0) return [started];
    const close: DomainEvent = {
      type: 'day:closed',
      at: now,
      officeDay: state.officeDay,
      expiredTicketIds: leftovers,
    };
    return [close, started];
  }
  if (
    !state.dayClosed &&
    localMinutesOf(now, rules.timeZone) >= parseClockTime(rules.dayCloseTime)
  ) {
    return [closeDay(state, now)];
  }
  return [];
}

function closeDay(state: LiveState, now: number): DomainEvent {
  const expiredTicketIds = Object.values(state.tickets)
    .filter((ticket) => ticket.status === 'waiting')
    .map((ticket) => ticket.id);
  return { type: 'day:closed', at: now, officeDay: state.officeDay, expiredTicketIds };
}
