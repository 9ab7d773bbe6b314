import type { Actor } from './actor';
import { applyEvent, applyEvents, applyEventsInPlace, emptyState } from './apply';
import type { DomainCommand } from './commands';
import { peopleAhead } from './call-policy';
import { dayRollover } from './day';
import { estimateForTicket } from './estimate';
import type { EventType } from './events';
import { PAUSE_REASONS } from './rules';
import type { LiveState } from './state';
import { RECENT_CALLS, RECENT_DURATIONS } from './state';
import { CATEGORIES } from './ticket';
import type { Office } from './test-kit';
import {
  ADMIN,
  ANA,
  BETO,
  CARLA,
  DAY,
  DORA,
  EDU,
  KIOSK,
  RULES,
  SECOND,
  SUPERVISOR,
  openOffice,
  seededRandom,
} from './test-kit';

const CLERKS = [ANA, BETO, CARLA, DORA, EDU];
const ALL_EVENT_TYPES: EventType[] = [
  'ticket:issued',
  'ticket:called',
  'ticket:recalled',
  'ticket:no-show',
  'ticket:started',
  'ticket:finished',
  'ticket:transferred',
  'ticket:cancelled',
  'window:opened',
  'window:closed',
  'window:paused',
  'window:resumed',
  'day:closed',
  'day:started',
];

type Random = () => number;

function pick<T>(random: Random, items: readonly T[]): T | undefined {
  return items[Math.floor(random() * items.length)];
}

/** The clerk of a window most of the time (so most commands succeed), anybody staff otherwise. */
function actorFor(random: Random, state: LiveState, windowId: string | null): Actor {
  const clerkId = windowId === null ? null : state.windows[windowId]?.clerkId;
  const owner = CLERKS.find((clerk) => clerk.id === clerkId);
  if (owner && random() < 0.85) return owner;
  return pick(random, [...CLERKS, SUPERVISOR, ADMIN]) ?? SUPERVISOR;
}

function randomCommand(random: Random, state: LiveState): [Actor, DomainCommand] {
  const windowIds = [...RULES.windows.map((window) => window.id), 'v9'];
  const live = Object.values(state.tickets);
  const waiting = live.filter((ticket) => ticket.status === 'waiting');
  const held = live.filter((ticket) => ticket.windowId !== null);
  // Window actions mostly aim at tickets at windows, or windows would stay busy forever.
  const ticket = random() < 0.9 && held.length > 0 ? pick(random, held) : pick(random, live);
  const ticketId = ticket?.id ?? 'nope';
  const windowId = pick(random, windowIds) ?? 'v1';
  const roll = random();
  if (roll < 0.14) {
    const serviceId = pick(random, ['reg', 'reg', 'lic', 'doc', 'sat', 'old', 'zzz']) ?? 'reg';
    const category = random() < 0.7 ? 'none' : (pick(random, CATEGORIES) ?? 'none');
    return [KIOSK, { type: 'ticket:take', serviceId, category }];
  }
  if (roll < 0.3) {
    const serviceIds =
      random() < 0.7
        ? undefined
        : RULES.windows.find((w) => w.id === windowId)?.serviceIds.slice(0, 1);
    return [pick(random, CLERKS) ?? ANA, { type: 'window:open', windowId, serviceIds }];
  }
  if (roll < 0.33) return [actorFor(random, state, windowId), { type: 'window:close', windowId }];
  if (roll < 0.36) {
    const reason = pick(random, PAUSE_REASONS) ?? 'otro';
    return [actorFor(random, state, windowId), { type: 'window:pause', windowId, reason }];
  }
  if (roll < 0.4) return [actorFor(random, state, windowId), { type: 'window:resume', windowId }];
  if (roll < 0.55)
    return [actorFor(random, state, windowId), { type: 'ticket:call-next', windowId }];
  if (roll < 0.58) {
    const target = pick(random, waiting)?.id ?? ticketId;
    const reason = random() < 0.9 ? 'cita previa' : ' ';
    return [
      actorFor(random, state, windowId),
      { type: 'ticket:call', windowId, ticketId: target, reason },
    ];
  }
  const actor = actorFor(random, state, ticket?.windowId ?? null);
  if (roll < 0.63) return [actor, { type: 'ticket:recall', ticketId }];
  if (roll < 0.7) return [actor, { type: 'ticket:no-show', ticketId }];
  if (roll < 0.8) return [actor, { type: 'ticket:start', ticketId }];
  if (roll < 0.9) {
    const outcomes =
      RULES.services.find((service) => service.id === ticket?.serviceId)?.outcomes ?? [];
    const outcome = random() < 0.95 ? (pick(random, outcomes) ?? 'x') : 'bogus';
    return [
      actor,
      { type: 'ticket:finish', ticketId, outcome, note: random() < 0.3 ? ' nota ' : undefined },
    ];
  }
  if (roll < 0.95) {
    const to =
      random() < 0.6
        ? { serviceId: pick(random, ['reg', 'lic', 'doc', 'sat', 'old']) ?? 'doc' }
        : { windowId };
    return [actor, { type: 'ticket:transfer', ticketId, to }];
  }
  return [SUPERVISOR, { type: 'ticket:cancel', ticketId: pick(random, waiting)?.id ?? ticketId }];
}

/** The rules that must hold after every step, whatever happened; returns what is broken. */
function violationsOf(state: LiveState): string[] {
  const broken: string[] = [];
  for (const window of Object.values(state.windows)) {
    if (window.ticketId === null) continue;
    const held = state.tickets[window.ticketId];
    if (held?.windowId !== window.id || held.status === 'waiting') {
      broken.push(`${window.id} holds ${window.ticketId} which is not at it`);
    }
  }
  const numbers = new Set<string>();
  for (const ticket of Object.values(state.tickets)) {
    if (ticket.status === 'waiting') {
      if (ticket.windowId !== null) broken.push(`${ticket.number} waits at a window`);
    } else if (state.windows[ticket.windowId ?? '']?.ticketId !== ticket.id) {
      // A window holds at most one ticket: each called or serving ticket is the one its window holds.
      broken.push(`${ticket.number} is ${ticket.status} but its window holds another`);
    }
    if (!['waiting', 'called', 'serving'].includes(ticket.status))
      broken.push(`${ticket.number} is not live`);
    if (ticket.officeDay !== state.officeDay) broken.push(`${ticket.number} is of another day`);
    if (numbers.has(ticket.number)) broken.push(`${ticket.number} twice`);
    numbers.add(ticket.number);
  }
  const holders = Object.values(state.windows)
    .filter((window) => window.status !== 'closed')
    .map((window) => window.clerkId);
  if (new Set(holders).size !== holders.length)
    broken.push(`a clerk holds two windows: ${holders}`);
  if (state.recentCalls.length > RECENT_CALLS) broken.push('too many recent calls');
  for (const [serviceId, stats] of Object.entries(state.serviceStats)) {
    if (stats.recentServiceMs.length > RECENT_DURATIONS) broken.push('too many durations');
    const waiting = Object.values(state.tickets).filter(
      (ticket) => ticket.status === 'waiting' && ticket.serviceId === serviceId,
    );
    const preferential = waiting.filter((ticket) => ticket.category !== 'none').length;
    const transfers = waiting.filter((ticket) => ticket.previousTicketId !== null).length;
    if (
      stats.waiting !== waiting.length ||
      stats.preferentialWaiting !== preferential ||
      stats.transfersWaiting !== transfers
    ) {
      broken.push(`${serviceId}: counts ${stats.waiting}/${stats.preferentialWaiting}`);
    }
    // The take-ticket shortcut for the newest ticket must agree with the full scan.
    const newest = waiting.find(
      (ticket) =>
        ticket.previousTicketId === null && ticket.sequence === state.lastSequence[serviceId],
    );
    if (newest) {
      const now = newest.arrivalAt;
      const fast = estimateForTicket(state, RULES, newest.id, now).peopleAhead;
      const scanned = peopleAhead(state, newest.id, RULES.callPolicy, now);
      if (fast !== scanned) broken.push(`${newest.number}: ahead ${fast} ≠ ${scanned}`);
    }
  }
  return broken;
}

function runScenario(
  seed: number,
  steps: number,
): { office: Office; refused: number; violations: string[] } {
  const random = seededRandom(seed);
  const office = openOffice();
  const violations: string[] = [];
  let refused = 0;
  for (let step = 0; step < steps; step += 1) {
    office.advance(Math.floor(random() * 60 * SECOND));
    office.apply(dayRollover(office.state, RULES, office.now));
    const [actor, command] = randomCommand(random, office.state);
    const result = office.attempt(actor, command);
    if (result.ok) office.apply(result.value);
    else refused += 1;
    for (const broken of violationsOf(office.state)) violations.push(`step ${step}: ${broken}`);
  }
  return { office, refused, violations };
}

describe.each([1, 2, 3])('a long seeded scenario (seed %i)', (seed) => {
  // ~4,000 steps of up to a minute: a day's work, its close, a night and the next morning.
  const { office, refused, violations } = runScenario(seed, 4000);
  const { events, state } = office;

  it('keeps the invariants after every step (one ticket per window, one window per clerk, …)', () => {
    expect(violations).toEqual([]);
  });

  it('exercised every kind of event and some refusals (or it would prove little)', () => {
    expect(new Set(events.map((event) => event.type))).toEqual(new Set(ALL_EVENT_TYPES));
    expect(refused).toBeGreaterThan(100);
    expect(events.filter((event) => event.type === 'ticket:finished').length).toBeGreaterThan(30);
    expect(state.officeDay > DAY).toBe(true);
  });

  it('applying all the events at once gives the state built command by command', () => {
    expect(applyEvents(emptyState(DAY), events)).toStrictEqual(state);
  });

  it("the hub's in-place replay gives the same state as the copying reducer", () => {
    expect(applyEventsInPlace(emptyState(DAY), events)).toStrictEqual(state);
  });

  it('applying them one by one gives the same state', () => {
    let oneByOne = emptyState(DAY);
    for (const event of events) oneByOne = applyEvent(oneByOne, event);
    expect(oneByOne).toStrictEqual(state);
  });

  it('events survive the ledger (JSON) and replay in arbitrary chunks, as after a resync', () => {
    const stored = JSON.parse(JSON.stringify(events)) as typeof events;
    const random = seededRandom(seed * 7919);
    let replayed = emptyState(DAY);
    for (let from = 0; from < stored.length;) {
      const to = from + 1 + Math.floor(random() * 50);
      replayed = applyEvents(replayed, stored.slice(from, to));
      from = to;
    }
    expect(replayed).toStrictEqual(state);
  });

  it("the current day's events alone rebuild the state (what the hub does on restart)", () => {
    const lastStart = events.map((event) => event.type).lastIndexOf('day:started');
    expect(lastStart).toBeGreaterThan(0);
    expect(applyEvents(emptyState(state.officeDay), events.slice(lastStart + 1))).toStrictEqual(
      state,
    );
  });
});
