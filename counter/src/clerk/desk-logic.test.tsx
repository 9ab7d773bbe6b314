// Pure rules of the desk. A .tsx file because the `ui` test project (jsdom) runs only those.
import type { Ticket, WindowState } from '@cac/shared/domain';
import { DEFAULT_CALL_POLICY } from '@cac/shared/domain';
import { clerkSnapshot, sampleRecord } from '../test-support/clerk-office';
import { availableActions, likelyAction, nextActionAfter } from './desk-actions';
import { callableTickets, deskQueues } from './desk-queues';
import type { Desk } from './desk-state';
import { deskOf } from './desk-state';
import { formatElapsed } from './elapsed';

const state = clerkSnapshot().state;
const WINDOW: WindowState = sampleRecord(state.windows, 'ventanilla-1');
const CALLED: Ticket = sampleRecord(state.tickets, 'registro-civil-1');
const AT = CALLED.calledAt ?? 0;

function enabled(desk: Desk, now = AT + 60_000, online = true): string[] {
  return [...availableActions(desk, { online, now, noShowMinSeconds: 30 }).enabled].sort();
}

describe('deskOf', () => {
  it('reads the desk from the synced state alone', () => {
    expect(deskOf(state, 'clerk1')).toMatchObject({ kind: 'calling', ticket: { number: 'R-001' } });
    expect(deskOf(state, 'clerk2')).toMatchObject({ kind: 'idle', window: { id: 'ventanilla-2' } });
    expect(deskOf(state, 'clerk3')).toEqual({ kind: 'no-window' });
  });
});

describe('availableActions', () => {
  it.each([
    [{ kind: 'idle', window: WINDOW }, ['call-next', 'call-ticket', 'close', 'pause']],
    [{ kind: 'paused', window: WINDOW }, ['close', 'resume']],
    [
      { kind: 'calling', window: WINDOW, ticket: CALLED },
      ['no-show', 'recall', 'start', 'transfer'],
    ],
    [
      { kind: 'serving', window: WINDOW, ticket: { ...CALLED, status: 'serving' } },
      ['finish', 'transfer'],
    ],
    [{ kind: 'no-window' }, []],
  ] as const)('%o offers %o', (desk, actions) => {
    expect(enabled(desk)).toEqual(actions);
  });

  it('holds "No se presentó" back for the configured seconds after the latest call', () => {
    const desk: Desk = { kind: 'calling', window: WINDOW, ticket: CALLED };
    const options = { online: true, noShowMinSeconds: 30 };
    expect(availableActions(desk, { ...options, now: AT }).noShowInSeconds).toBe(30);
    expect(availableActions(desk, { ...options, now: AT + 29_001 }).noShowInSeconds).toBe(1);
    expect(availableActions(desk, { ...options, now: AT + 30_000 }).enabled.has('no-show')).toBe(
      true,
    );
    // A screen clock a moment behind the hub's never shows more than the configured wait.
    expect(availableActions(desk, { ...options, now: AT - 800 }).noShowInSeconds).toBe(30);
  });

  it('offers nothing offline', () => {
    expect(enabled({ kind: 'idle', window: WINDOW }, AT, false)).toEqual([]);
  });
});

describe('nextActionAfter', () => {
  it.each([
    ['call-next', 'start'],
    ['recall', 'start'],
    ['call-ticket', 'start'],
    ['start', 'finish'],
    ['finish', 'call-next'],
    ['no-show', 'call-next'],
    ['transfer', 'call-next'],
    ['pause', 'resume'],
    ['resume', 'call-next'],
  ] as const)('after %s, %s', (done, next) => {
    expect(nextActionAfter(done)).toBe(next);
  });
});

describe('likelyAction', () => {
  it('offers the focus to what the desk most likely does next', () => {
    expect(likelyAction({ kind: 'idle', window: WINDOW })).toBe('call-next');
    expect(likelyAction({ kind: 'calling', window: WINDOW, ticket: CALLED })).toBe('start');
    expect(likelyAction({ kind: 'paused', window: WINDOW })).toBe('resume');
    expect(likelyAction({ kind: 'no-window' })).toBeNull();
  });
});

describe('deskQueues', () => {
  it('counts only what this window may call, with tickets sent to it from other services', () => {
    const sent: Ticket = {
      ...sampleRecord(state.tickets, 'tributos-1'),
      id: 'tributos-9',
      reservedWindowId: 'ventanilla-1',
      arrivalAt: AT - 600_000,
    };
    const elsewhere: Ticket = {
      ...sampleRecord(state.tickets, 'registro-civil-3'),
      id: 'registro-civil-9',
      reservedWindowId: 'ventanilla-2',
    };
    const withTransfers = {
      ...state,
      tickets: { ...state.tickets, [sent.id]: sent, [elsewhere.id]: elsewhere },
    };
    expect(deskQueues(withTransfers, WINDOW)).toEqual([
      {
        serviceId: 'registro-civil',
        reservedOnly: false,
        waiting: 2,
        preferential: 1,
        oldestArrivalAt: sampleRecord(state.tickets, 'registro-civil-2').arrivalAt,
      },
      {
        serviceId: 'tributos',
        reservedOnly: true,
        waiting: 1,
        preferential: 0,
        oldestArrivalAt: sent.arrivalAt,
      },
    ]);
  });

  it('lists the window’s services even when nobody waits', () => {
    const empty = { ...state, tickets: {} };
    expect(deskQueues(empty, WINDOW)).toEqual([
      {
        serviceId: 'registro-civil',
        reservedOnly: false,
        waiting: 0,
        preferential: 0,
        oldestArrivalAt: null,
      },
    ]);
  });

  it('orders the callable tickets as the call policy would', () => {
    expect(
      callableTickets(state, WINDOW, DEFAULT_CALL_POLICY, AT).map((ticket) => ticket.number),
    ).toEqual(['R-002', 'R-003']);
  });
});

describe('formatElapsed', () => {
  it.each([
    [0, '00:00'],
    [-3_000, '00:00'],
    [59_999, '00:59'],
    [247_000, '04:07'],
    [3_729_000, '1:02:09'],
  ])('%i ms reads %s', (ms, text) => {
    expect(formatElapsed(ms)).toBe(text);
  });
});
