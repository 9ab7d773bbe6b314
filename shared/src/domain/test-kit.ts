// Test-only helpers for the domain's tests: a demo office, record builders and a driver that runs
// commands through decide + apply with a fake clock. Not exported from the package.
import type { Actor } from './actor';
import { applyEvents, emptyState } from './apply';
import type { DomainCommand } from './commands';
import { decide } from './decide';
import type { DomainError } from './domain-error';
import type { DomainEvent } from './events';
import type { Result } from '../protocol/result';
import { DEFAULT_CALL_POLICY } from './rules';
import type { OfficeRules } from './rules';
import type { LiveState, WindowState } from './state';
import type { Ticket } from './ticket';

/** Monday 2 March 2026, the demo office day. */
export const DAY = '2026-03-02';
/** 08:00 in Lima (UTC-5) on {@link DAY}. */
export const T0 = Date.parse('2026-03-02T13:00:00Z');
/** Milliseconds in a second. */
export const SECOND = 1000;
/** Milliseconds in a minute. */
export const MINUTE = 60 * SECOND;

/** Demo office: four active services, one inactive, five windows. */
export const RULES: OfficeRules = {
  timeZone: 'America/Lima',
  dayCloseTime: '16:30',
  services: [
    {
      id: 'reg',
      prefix: 'R',
      active: true,
      defaultServiceMin: 6,
      outcomes: ['issued', 'not-found'],
    },
    {
      id: 'lic',
      prefix: 'L',
      active: true,
      defaultServiceMin: 15,
      outcomes: ['approved', 'observed'],
    },
    { id: 'doc', prefix: 'T', active: true, defaultServiceMin: 4, outcomes: ['registered'] },
    { id: 'sat', prefix: 'C', active: true, defaultServiceMin: 3, outcomes: ['paid'] },
    { id: 'old', prefix: 'X', active: false, defaultServiceMin: 5, outcomes: ['done'] },
  ],
  windows: [
    { id: 'v1', name: 'Ventanilla 1', serviceIds: ['reg', 'doc'] },
    { id: 'v2', name: 'Ventanilla 2', serviceIds: ['reg', 'lic'] },
    { id: 'v3', name: 'Ventanilla 3', serviceIds: ['lic'] },
    { id: 'v4', name: 'Ventanilla 4', serviceIds: ['sat', 'doc', 'old'] },
    { id: 'v5', name: 'Ventanilla 5', serviceIds: ['sat'] },
  ],
  callPolicy: DEFAULT_CALL_POLICY,
  noShowMinSeconds: 60,
};

// Clerks ana … edu, and one actor of every other role.
/** Clerk. */
export const ANA: Actor = { id: 'ana', role: 'clerk' };
/** Clerk. */
export const BETO: Actor = { id: 'beto', role: 'clerk' };
/** Clerk. */
export const CARLA: Actor = { id: 'carla', role: 'clerk' };
/** Clerk. */
export const DORA: Actor = { id: 'dora', role: 'clerk' };
/** Clerk. */
export const EDU: Actor = { id: 'edu', role: 'clerk' };
/** Supervisor. */
export const SUPERVISOR: Actor = { id: 'sofia', role: 'supervisor' };
/** Administrator. */
export const ADMIN: Actor = { id: 'root', role: 'admin' };
/** Kiosk device. */
export const KIOSK: Actor = { id: 'kiosk-1', role: 'kiosk' };
/** Display device. */
export const DISPLAY: Actor = { id: 'display-1', role: 'display' };

/** A waiting ticket of `reg` arrived at {@link T0}, with any field overridden. */
export function makeTicket(overrides: Partial<Ticket> & { id: string }): Ticket {
  const sequence = overrides.sequence ?? 1;
  return {
    officeDay: DAY,
    serviceId: 'reg',
    number: `R-${String(sequence).padStart(3, '0')}`,
    sequence,
    category: 'none',
    status: 'waiting',
    arrivalAt: T0,
    issuedAt: overrides.arrivalAt ?? T0,
    windowId: null,
    reservedWindowId: null,
    callCount: 0,
    firstCalledAt: null,
    calledAt: null,
    startedAt: null,
    finishedAt: null,
    previousTicketId: null,
    ...overrides,
  };
}

/** An open, empty window held by `ana` since {@link T0}, with any field overridden. */
export function makeWindow(overrides: Partial<WindowState> & { id: string }): WindowState {
  return {
    status: 'open',
    clerkId: 'ana',
    serviceIds: ['reg', 'doc'],
    ticketId: null,
    pauseReason: null,
    since: T0,
    preferentialStreak: 0,
    ...overrides,
  };
}

/** A live state of {@link DAY} holding exactly these tickets and windows. */
export function stateOf(
  tickets: readonly Ticket[] = [],
  windows: readonly WindowState[] = [],
  extra: Partial<LiveState> = {},
): LiveState {
  return {
    ...emptyState(DAY),
    tickets: Object.fromEntries(tickets.map((ticket) => [ticket.id, ticket])),
    windows: Object.fromEntries(windows.map((window) => [window.id, window])),
    ...extra,
  };
}

/** Freezes a value and everything in it, so that any mutation by the code under test throws. */
export function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const inner of Object.values(value)) deepFreeze(inner);
  }
  return value;
}

/** Drives a fake office: commands go through `decide`, their events through `applyEvents`. */
export type Office = {
  readonly state: LiveState;
  readonly now: number;
  readonly rules: OfficeRules;
  /** Every event applied so far, in order. */
  readonly events: readonly DomainEvent[];
  /** Decides without applying. */
  attempt(actor: Actor, command: DomainCommand): Result<DomainEvent[], DomainError>;
  /** Decides and applies; throws (failing the test) when the command is refused. */
  run(actor: Actor, command: DomainCommand): DomainEvent[];
  /** Applies events as they are (e.g. from `dayRollover`). */
  apply(events: readonly DomainEvent[]): void;
  advance(ms: number): void;
  /** The live ticket with this display number (throws when there is none). */
  ticket(number: string): Ticket;
};

/** Opens a fake office at {@link T0} (or `start`) with ids `t1`, `t2`, … Every state is deep-frozen. */
export function openOffice(
  options: { rules?: OfficeRules; state?: LiveState; start?: number } = {},
): Office {
  const rules = options.rules ?? RULES;
  let state = deepFreeze(options.state ?? emptyState(DAY));
  let now = options.start ?? T0;
  let ids = 0;
  const events: DomainEvent[] = [];
  const newId = (): string => `t${++ids}`;
  const office: Office = {
    get state() {
      return state;
    },
    get now() {
      return now;
    },
    rules,
    events,
    attempt: (actor, command) => decide(state, command, { now, rules, actor, newId }),
    run(actor, command) {
      const result = office.attempt(actor, command);
      if (!result.ok) {
        throw new Error(`${command.type} refused: ${JSON.stringify(result.error)}`);
      }
      office.apply(result.value);
      return result.value;
    },
    apply(applied) {
      state = deepFreeze(applyEvents(state, applied));
      events.push(...applied);
    },
    advance(ms) {
      now += ms;
    },
    ticket(number) {
      const found = Object.values(state.tickets).find((ticket) => ticket.number === number);
      if (!found) throw new Error(`no live ticket ${number}`);
      return found;
    },
  };
  return office;
}

/**
 * The busy office most decision tables start from, at {@link T0} + 5 min:
 * - v1 (reg, doc) held by ana, who called R-001 two minutes ago;
 * - v2 (reg, lic) held by beto, serving L-001 (called and started two minutes ago);
 * - v3 (lic) held by carla, paused for refrigerio;
 * - v4 (sat, doc, old) held by dora, open and empty;
 * - v5 (sat) never opened today;
 * - waiting: R-002 (reg) and T-001 (doc).
 */
export function busyOffice(rules: OfficeRules = RULES): Office {
  const office = openOffice({ rules });
  office.run(ANA, { type: 'window:open', windowId: 'v1' });
  office.run(BETO, { type: 'window:open', windowId: 'v2' });
  office.run(CARLA, { type: 'window:open', windowId: 'v3' });
  office.run(CARLA, { type: 'window:pause', windowId: 'v3', reason: 'refrigerio' });
  office.run(DORA, { type: 'window:open', windowId: 'v4' });
  office.run(KIOSK, { type: 'ticket:take', serviceId: 'reg', category: 'none' });
  office.advance(10 * SECOND);
  office.run(KIOSK, { type: 'ticket:take', serviceId: 'lic', category: 'none' });
  office.advance(10 * SECOND);
  office.run(KIOSK, { type: 'ticket:take', serviceId: 'reg', category: 'none' });
  office.advance(10 * SECOND);
  office.run(KIOSK, { type: 'ticket:take', serviceId: 'doc', category: 'none' });
  office.advance(2 * MINUTE + 30 * SECOND);
  office.run(ANA, { type: 'ticket:call-next', windowId: 'v1' });
  office.run(BETO, { type: 'ticket:call-next', windowId: 'v2' });
  office.run(BETO, { type: 'ticket:start', ticketId: office.ticket('L-001').id });
  office.advance(2 * MINUTE);
  return office;
}

/** A small seeded PRNG (mulberry32): the same seed gives the same "random" scenario every run. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A decision in one word for tables: the event types joined by commas, or the error code. */
export function outcomeOf(result: Result<DomainEvent[], DomainError>): string {
  return result.ok ? result.value.map((event) => event.type).join(',') : result.error.code;
}
