import { applyEvent, applyEvents, emptyState } from './apply';
import type { DomainEvent } from './events';
import type { LiveState } from './state';
import { RECENT_CALLS, RECENT_DURATIONS } from './state';
import { DAY, MINUTE, T0, deepFreeze, makeTicket, makeWindow, stateOf } from './test-kit';

const waiting = makeTicket({ id: 'a', sequence: 4 });
const called = makeTicket({
  id: 'b',
  sequence: 2,
  status: 'called',
  windowId: 'v1',
  callCount: 1,
  firstCalledAt: T0 + MINUTE,
  calledAt: T0 + MINUTE,
});
const serving = makeTicket({
  id: 'c',
  serviceId: 'lic',
  number: 'L-001',
  status: 'serving',
  windowId: 'v2',
  callCount: 1,
  firstCalledAt: T0 + MINUTE,
  calledAt: T0 + MINUTE,
  startedAt: T0 + 2 * MINUTE,
});

function base(): LiveState {
  return deepFreeze(
    stateOf(
      [waiting, called, serving],
      [
        makeWindow({ id: 'v1', ticketId: 'b', preferentialStreak: 2 }),
        makeWindow({ id: 'v2', clerkId: 'beto', serviceIds: ['reg', 'lic'], ticketId: 'c' }),
      ],
      { lastSequence: { reg: 4, lic: 1 } },
    ),
  );
}

describe('emptyState', () => {
  it('has no tickets, no windows, no numbering and an open day', () => {
    expect(emptyState(DAY)).toStrictEqual({
      officeDay: DAY,
      dayClosed: false,
      tickets: {},
      windows: {},
      lastSequence: {},
      recentCalls: [],
      serviceStats: {},
    });
  });
});

describe('applyEvent: ticket:issued', () => {
  it.each([
    ['below the last sequence keeps it', 3, 4],
    ['above the last sequence raises it', 9, 9],
  ])('%s', (_name, sequence, expected) => {
    const ticket = makeTicket({ id: 'new', sequence });
    const after = applyEvent(base(), { type: 'ticket:issued', at: T0, ticket });
    expect(after.tickets['new']).toBe(ticket);
    expect(after.lastSequence).toStrictEqual({ reg: expected, lic: 1 });
    expect(after.serviceStats['reg']).toStrictEqual({
      issued: 1,
      served: 0,
      recentServiceMs: [],
      waiting: 1,
      preferentialWaiting: 0,
      transfersWaiting: 0,
    });
  });

  it('starts the numbering of a service that had none', () => {
    const ticket = makeTicket({ id: 'new', serviceId: 'sat', sequence: 1 });
    const after = applyEvent(base(), { type: 'ticket:issued', at: T0, ticket });
    expect(after.lastSequence['sat']).toBe(1);
  });

  it('ignores a second delivery of the same ticket (no double count)', () => {
    const event: DomainEvent = { type: 'ticket:issued', at: T0, ticket: makeTicket({ id: 'new' }) };
    const once = applyEvent(base(), event);
    expect(applyEvent(once, event)).toBe(once);
  });
});

describe('applyEvent: ticket:called', () => {
  it('moves the ticket to the window and records the call', () => {
    const state = stateOf([waiting], [makeWindow({ id: 'v4', clerkId: 'dora' })]);
    const at = T0 + 3 * MINUTE;
    const after = applyEvent(state, {
      type: 'ticket:called',
      at,
      ticketId: 'a',
      windowId: 'v4',
      reason: null,
    });
    expect(after.tickets['a']).toStrictEqual({
      ...waiting,
      status: 'called',
      windowId: 'v4',
      callCount: 1,
      firstCalledAt: at,
      calledAt: at,
    });
    expect(after.windows['v4']?.ticketId).toBe('a');
    expect(after.recentCalls).toStrictEqual([
      {
        ticketId: 'a',
        number: 'R-004',
        serviceId: 'reg',
        category: 'none',
        windowId: 'v4',
        at,
        callCount: 1,
      },
    ]);
  });

  it.each([
    ['none', 3, 0],
    ['pregnant', 3, 4],
    ['senior', 0, 1],
    ['disability', 1, 2],
    ['child', 5, 6],
  ] as const)('a %s call after a streak of %i leaves a streak of %i', (category, before, after) => {
    const state = stateOf(
      [makeTicket({ id: 'x', category })],
      [makeWindow({ id: 'v1', preferentialStreak: before })],
    );
    const next = applyEvent(state, {
      type: 'ticket:called',
      at: T0,
      ticketId: 'x',
      windowId: 'v1',
      reason: null,
    });
    expect(next.windows['v1']?.preferentialStreak).toBe(after);
  });

  it('keeps the first call time of a ticket called before', () => {
    const state = stateOf(
      [makeTicket({ id: 'x', callCount: 2, firstCalledAt: T0 - MINUTE })],
      [makeWindow({ id: 'v1' })],
    );
    const after = applyEvent(state, {
      type: 'ticket:called',
      at: T0,
      ticketId: 'x',
      windowId: 'v1',
      reason: 'x',
    });
    expect(after.tickets['x']).toMatchObject({
      callCount: 3,
      firstCalledAt: T0 - MINUTE,
      calledAt: T0,
    });
  });

  it(`keeps only the newest ${RECENT_CALLS} calls, newest first`, () => {
    const tickets = Array.from({ length: RECENT_CALLS + 3 }, (_, i) =>
      makeTicket({ id: `t${i}`, sequence: i + 1 }),
    );
    let state = stateOf(tickets, [makeWindow({ id: 'v1' })]);
    tickets.forEach((ticket, i) => {
      state = applyEvent(state, {
        type: 'ticket:called',
        at: T0 + i,
        ticketId: ticket.id,
        windowId: 'v1',
        reason: null,
      });
    });
    expect(state.recentCalls).toHaveLength(RECENT_CALLS);
    expect(state.recentCalls[0]?.ticketId).toBe(`t${RECENT_CALLS + 2}`);
    expect(state.recentCalls.at(-1)?.ticketId).toBe('t3');
  });
});

describe('applyEvent: ticket:recalled and ticket:started', () => {
  it('a recall counts the call, moves calledAt and is announced again', () => {
    const at = T0 + 5 * MINUTE;
    const after = applyEvent(base(), { type: 'ticket:recalled', at, ticketId: 'b' });
    expect(after.tickets['b']).toMatchObject({
      callCount: 2,
      calledAt: at,
      firstCalledAt: T0 + MINUTE,
    });
    expect(after.recentCalls[0]).toMatchObject({ ticketId: 'b', windowId: 'v1', callCount: 2, at });
  });

  it('a start makes the ticket serving at its window', () => {
    const at = T0 + 5 * MINUTE;
    const after = applyEvent(base(), { type: 'ticket:started', at, ticketId: 'b' });
    expect(after.tickets['b']).toMatchObject({ status: 'serving', startedAt: at, windowId: 'v1' });
    expect(after.windows['v1']?.ticketId).toBe('b');
  });
});

describe('applyEvent: tickets that leave the live state', () => {
  it.each([
    ['ticket:no-show', 'b', 'v1'],
    ['ticket:cancelled', 'a', null],
    ['ticket:finished', 'c', 'v2'],
  ] as const)('%s removes %s and frees its window', (type, ticketId, windowId) => {
    const event: DomainEvent =
      type === 'ticket:finished'
        ? { type, at: T0 + 9 * MINUTE, ticketId, outcome: 'approved', note: null }
        : type === 'ticket:cancelled'
          ? { type, at: T0 + 9 * MINUTE, ticketId, reason: null }
          : { type, at: T0 + 9 * MINUTE, ticketId };
    const state = base();
    const after = applyEvent(state, event);
    expect(after.tickets[ticketId]).toBeUndefined();
    expect(Object.keys(after.tickets)).toHaveLength(2);
    if (windowId) {
      expect(after.windows[windowId]).toStrictEqual({ ...state.windows[windowId], ticketId: null });
    } else {
      expect(after.windows).toBe(state.windows);
    }
  });

  it.each([
    ['measured from the start', T0 + 2 * MINUTE, 7 * MINUTE],
    ['measured from the call when it never started', null, 8 * MINUTE],
  ])('ticket:finished feeds the duration %s and counts the attention', (_name, startedAt, ms) => {
    const state = stateOf([{ ...serving, startedAt }], [makeWindow({ id: 'v2', ticketId: 'c' })]);
    const after = applyEvent(state, {
      type: 'ticket:finished',
      at: T0 + 9 * MINUTE,
      ticketId: 'c',
      outcome: 'approved',
      note: null,
    });
    expect(after.serviceStats['lic']).toStrictEqual({
      issued: 0,
      served: 1,
      recentServiceMs: [ms],
      waiting: 0,
      preferentialWaiting: 0,
      transfersWaiting: 0,
    });
  });

  it(`keeps the last ${RECENT_DURATIONS} durations, newest last`, () => {
    const earlier = Array.from({ length: RECENT_DURATIONS }, (_, i) => i + 1);
    const state = stateOf([serving], [], {
      serviceStats: {
        lic: {
          issued: 40,
          served: 20,
          recentServiceMs: earlier,
          waiting: 0,
          preferentialWaiting: 0,
          transfersWaiting: 0,
        },
      },
    });
    const after = applyEvent(state, {
      type: 'ticket:finished',
      at: T0 + 3 * MINUTE,
      ticketId: 'c',
      outcome: 'approved',
      note: null,
    });
    expect(after.serviceStats['lic']).toStrictEqual({
      issued: 40,
      served: 21,
      recentServiceMs: [...earlier.slice(1), MINUTE],
      waiting: 0,
      preferentialWaiting: 0,
      transfersWaiting: 0,
    });
  });

  it('no-show and cancel do not feed the estimate', () => {
    const after = applyEvents(base(), [
      { type: 'ticket:no-show', at: T0 + 9 * MINUTE, ticketId: 'b' },
      { type: 'ticket:cancelled', at: T0 + 9 * MINUTE, ticketId: 'a', reason: 'se retiró' },
    ]);
    expect(after.serviceStats['reg']?.recentServiceMs ?? []).toEqual([]);
    expect(after.serviceStats['reg']?.served ?? 0).toBe(0);
  });

  it('ticket:transferred replaces the record and frees the window', () => {
    const next = makeTicket({
      id: 'b2',
      sequence: 2,
      serviceId: 'doc',
      issuedAt: T0 + 9 * MINUTE,
      previousTicketId: 'b',
    });
    const state = base();
    const after = applyEvent(state, {
      type: 'ticket:transferred',
      at: T0 + 9 * MINUTE,
      ticketId: 'b',
      next,
      note: null,
    });
    expect(after.tickets['b']).toBeUndefined();
    expect(after.tickets['b2']).toBe(next);
    expect(after.windows['v1']?.ticketId).toBeNull();
    expect(after.lastSequence).toBe(state.lastSequence);
  });
});

describe('applyEvent: windows', () => {
  it('creates a window on its first opening', () => {
    const after = applyEvent(emptyState(DAY), {
      type: 'window:opened',
      at: T0,
      windowId: 'v3',
      clerkId: 'carla',
      serviceIds: ['lic'],
    });
    expect(after.windows['v3']).toStrictEqual({
      id: 'v3',
      status: 'open',
      clerkId: 'carla',
      serviceIds: ['lic'],
      ticketId: null,
      pauseReason: null,
      since: T0,
      preferentialStreak: 0,
    });
  });

  it.each([
    ['same clerk, open: keeps since and streak', 'open', 'ana', T0, 2],
    ['same clerk, paused: open again from now, keeps streak', 'paused', 'ana', T0 + MINUTE, 2],
    ['after a close: fresh window', 'closed', null, T0 + MINUTE, 0],
  ] as const)('re-opening, %s', (_name, status, clerkId, since, streak) => {
    const window = makeWindow({
      id: 'v1',
      status,
      clerkId,
      ticketId: status === 'open' ? 'b' : null,
      pauseReason: status === 'paused' ? 'soporte' : null,
      preferentialStreak: status === 'closed' ? 0 : 2,
    });
    const after = applyEvent(stateOf([], [window]), {
      type: 'window:opened',
      at: T0 + MINUTE,
      windowId: 'v1',
      clerkId: 'ana',
      serviceIds: ['doc'],
    });
    expect(after.windows['v1']).toStrictEqual({
      ...window,
      status: 'open',
      clerkId: 'ana',
      serviceIds: ['doc'],
      pauseReason: null,
      since,
      preferentialStreak: streak,
    });
  });

  it.each([
    [
      { type: 'window:closed', at: T0 + MINUTE, windowId: 'v1' },
      {
        status: 'closed',
        clerkId: null,
        pauseReason: null,
        since: T0 + MINUTE,
        preferentialStreak: 0,
      },
    ],
    [
      { type: 'window:paused', at: T0 + MINUTE, windowId: 'v1', reason: 'capacitacion' },
      {
        status: 'paused',
        clerkId: 'ana',
        pauseReason: 'capacitacion',
        since: T0 + MINUTE,
        preferentialStreak: 3,
      },
    ],
  ] satisfies [DomainEvent, object][])('%o', (event, expected) => {
    const state = stateOf([], [makeWindow({ id: 'v1', preferentialStreak: 3 })]);
    expect(applyEvent(state, event).windows['v1']).toMatchObject(expected);
  });

  it('window:resumed reopens a paused window', () => {
    const state = stateOf([], [makeWindow({ id: 'v1', status: 'paused', pauseReason: 'otro' })]);
    const after = applyEvent(state, { type: 'window:resumed', at: T0 + MINUTE, windowId: 'v1' });
    expect(after.windows['v1']).toMatchObject({
      status: 'open',
      pauseReason: null,
      since: T0 + MINUTE,
    });
  });
});

describe('applyEvent: the day', () => {
  it('day:closed removes the expired tickets only and closes the day', () => {
    const state = base();
    const after = applyEvent(state, {
      type: 'day:closed',
      at: T0,
      officeDay: DAY,
      expiredTicketIds: ['a'],
    });
    expect(after.dayClosed).toBe(true);
    expect(Object.keys(after.tickets).sort()).toEqual(['b', 'c']);
    expect(after.windows).toBe(state.windows);
  });

  it('ignores the close of another day', () => {
    const state = base();
    const after = applyEvent(state, {
      type: 'day:closed',
      at: T0,
      officeDay: '2026-03-01',
      expiredTicketIds: ['a'],
    });
    expect(after).toBe(state);
  });

  it('day:started keeps nothing: numbering, windows, calls and statistics restart', () => {
    const state = applyEvent(base(), {
      type: 'ticket:finished',
      at: T0 + 9 * MINUTE,
      ticketId: 'c',
      outcome: 'approved',
      note: null,
    });
    expect(
      applyEvent(state, { type: 'day:started', at: T0, officeDay: '2026-03-03' }),
    ).toStrictEqual(emptyState('2026-03-03'));
  });
});

describe('applyEvent: events about unknown tickets or windows', () => {
  const unknown: DomainEvent[] = [
    { type: 'ticket:called', at: T0, ticketId: 'zz', windowId: 'v1', reason: null },
    { type: 'ticket:recalled', at: T0, ticketId: 'zz' },
    { type: 'ticket:started', at: T0, ticketId: 'zz' },
    { type: 'ticket:no-show', at: T0, ticketId: 'zz' },
    { type: 'ticket:finished', at: T0, ticketId: 'zz', outcome: 'issued', note: null },
    { type: 'ticket:cancelled', at: T0, ticketId: 'zz', reason: null },
    {
      type: 'ticket:transferred',
      at: T0,
      ticketId: 'zz',
      next: makeTicket({ id: 'n' }),
      note: null,
    },
    { type: 'window:closed', at: T0, windowId: 'v9' },
    { type: 'window:paused', at: T0, windowId: 'v9', reason: 'otro' },
    { type: 'window:resumed', at: T0, windowId: 'v9' },
  ];
  it.each(unknown.map((event) => [event.type, event] as const))(
    '%s leaves the state as it was',
    (_type, event) => {
      const state = base();
      expect(applyEvent(state, event)).toBe(state);
    },
  );

  it('a recall of a ticket at no window leaves the state as it was', () => {
    const state = base();
    expect(applyEvent(state, { type: 'ticket:recalled', at: T0, ticketId: 'a' })).toBe(state);
  });

  it('a stale end of a ticket does not free the window that now holds another one', () => {
    const state = stateOf(
      [
        { ...called, windowId: 'v1' },
        { ...waiting, status: 'called', windowId: 'v1' },
      ],
      [makeWindow({ id: 'v1', ticketId: 'a' })],
    );
    const after = applyEvent(state, { type: 'ticket:no-show', at: T0, ticketId: 'b' });
    expect(after.windows['v1']?.ticketId).toBe('a');
  });
});

describe('applyEvents', () => {
  it('is applyEvent in order, and leaves its input untouched (frozen input would throw)', () => {
    const events: DomainEvent[] = [
      { type: 'ticket:started', at: T0 + 3 * MINUTE, ticketId: 'b' },
      {
        type: 'ticket:finished',
        at: T0 + 8 * MINUTE,
        ticketId: 'b',
        outcome: 'issued',
        note: null,
      },
      { type: 'ticket:called', at: T0 + 9 * MINUTE, ticketId: 'a', windowId: 'v1', reason: null },
    ];
    const state = base();
    const snapshot = JSON.stringify(state);
    const stepwise = events.reduce((acc, event) => applyEvent(acc, event), state);
    expect(applyEvents(state, events)).toStrictEqual(stepwise);
    expect(stepwise.windows['v1']).toMatchObject({ ticketId: 'a', preferentialStreak: 0 });
    expect(JSON.stringify(state)).toBe(snapshot);
  });

  it('returns the same state for no events', () => {
    const state = base();
    expect(applyEvents(state, [])).toBe(state);
  });
});
