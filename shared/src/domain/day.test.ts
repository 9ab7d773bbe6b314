import { applyEvents, emptyState } from './apply';
import { dayRollover } from './day';
import type { LiveState } from './state';
import { BETO, DAY, KIOSK, RULES, busyOffice, makeTicket, outcomeOf, stateOf } from './test-kit';

const at = (iso: string): number => Date.parse(iso);

describe('dayRollover', () => {
  const open = stateOf([
    makeTicket({ id: 'w1' }),
    makeTicket({ id: 'c1', status: 'called', windowId: 'v1' }),
    makeTicket({ id: 'w2', sequence: 2 }),
    makeTicket({ id: 's1', status: 'serving', windowId: 'v2' }),
  ]);
  const closed: LiveState = { ...open, dayClosed: true };
  const closedEmpty: LiveState = { ...open, tickets: {}, dayClosed: true };

  // Lima = UTC-5; the demo office closes at 16:30 local (21:30 UTC).
  it.each([
    ['08:00, open', open, '2026-03-02T13:00:00Z', []],
    ['16:29:59, open', open, '2026-03-02T21:29:59Z', []],
    ['16:30, open', open, '2026-03-02T21:30:00Z', ['day:closed']],
    ['23:59, open (the hub was off at 16:30)', open, '2026-03-03T04:59:00Z', ['day:closed']],
    ['16:30, already closed', closed, '2026-03-02T21:30:00Z', []],
    ['23:59, already closed', closed, '2026-03-03T04:59:59Z', []],
    ['next day 00:00, closed, nothing left', closedEmpty, '2026-03-03T05:00:00Z', ['day:started']],
    [
      'next day 00:00, closed, tickets left at windows',
      closed,
      '2026-03-03T05:00:00Z',
      ['day:closed', 'day:started'],
    ],
    ['next day 00:00, never closed', open, '2026-03-03T05:00:00Z', ['day:closed', 'day:started']],
    ['three days later, never closed', open, '2026-03-05T15:00:00Z', ['day:closed', 'day:started']],
    ['a clock set back a day', open, '2026-03-01T15:00:00Z', []],
    ['a clock set back a day, after close hour', open, '2026-03-01T22:00:00Z', []],
  ])('%s → %j', (_name, state, iso, types) => {
    expect(dayRollover(state, RULES, at(iso)).map((event) => event.type)).toEqual(types);
  });

  it('closes the day expiring the waiting tickets only', () => {
    const now = at('2026-03-02T21:30:00Z');
    expect(dayRollover(open, RULES, now)).toStrictEqual([
      { type: 'day:closed', at: now, officeDay: DAY, expiredTicketIds: ['w1', 'w2'] },
    ]);
  });

  it('ends at midnight every ticket a clerk left called or in service, so none is left without an end', () => {
    const now = at('2026-03-03T05:00:00Z');
    expect(dayRollover(closed, RULES, now)).toStrictEqual([
      { type: 'day:closed', at: now, officeDay: DAY, expiredTicketIds: ['w1', 'c1', 'w2', 's1'] },
      { type: 'day:started', at: now, officeDay: '2026-03-03' },
    ]);
  });

  it('starts the new office day of the office time zone, not of UTC', () => {
    const now = at('2026-03-03T05:00:00Z');
    expect(dayRollover(closedEmpty, RULES, now)).toStrictEqual([
      { type: 'day:started', at: now, officeDay: '2026-03-03' },
    ]);
    expect(
      dayRollover(closedEmpty, { ...RULES, timeZone: 'UTC' }, at('2026-03-03T04:59:00Z')),
    ).toStrictEqual([
      { type: 'day:started', at: at('2026-03-03T04:59:00Z'), officeDay: '2026-03-03' },
    ]);
  });

  it('follows the configured close hour', () => {
    const now = at('2026-03-02T20:31:00Z'); // 15:31 in Lima
    expect(dayRollover(open, { ...RULES, dayCloseTime: '15:30' }, now)).toHaveLength(1);
    expect(dayRollover(open, RULES, now)).toHaveLength(0);
  });
});

describe('the end of a day in a busy office', () => {
  it('expires the queue, lets clerks finish, refuses new tickets, then starts afresh', () => {
    const office = busyOffice();
    const r001 = office.ticket('R-001').id;
    const l001 = office.ticket('L-001').id;
    office.apply(dayRollover(office.state, RULES, at('2026-03-02T21:30:00Z')));
    office.advance(at('2026-03-02T21:31:00Z') - office.now);

    expect(office.state.dayClosed).toBe(true);
    expect(
      Object.values(office.state.tickets)
        .map((ticket) => ticket.number)
        .sort(),
    ).toEqual(['L-001', 'R-001']);
    expect(
      outcomeOf(office.attempt(KIOSK, { type: 'ticket:take', serviceId: 'reg', category: 'none' })),
    ).toBe('OFFICE_CLOSED');
    expect(
      outcomeOf(
        office.attempt(BETO, { type: 'ticket:finish', ticketId: l001, outcome: 'approved' }),
      ),
    ).toBe('ticket:finished');
    expect(office.state.tickets[r001]?.status).toBe('called');
    // Nothing more to do today: the rollover is idle until midnight.
    expect(dayRollover(office.state, RULES, at('2026-03-03T04:59:59Z'))).toEqual([]);

    const midnight = at('2026-03-03T05:00:00Z');
    const rollover = dayRollover(office.state, RULES, midnight);
    // R-001 was left called: it expires with the day instead of vanishing without an end.
    expect(rollover[0]).toMatchObject({
      type: 'day:closed',
      expiredTicketIds: expect.arrayContaining([r001]),
    });
    office.apply(rollover);
    expect(office.state).toStrictEqual(emptyState('2026-03-03'));
    office.advance(midnight - office.now);
    office.run(KIOSK, { type: 'ticket:take', serviceId: 'reg', category: 'none' });
    office.run(KIOSK, { type: 'ticket:take', serviceId: 'lic', category: 'none' });
    expect(
      Object.values(office.state.tickets).map((ticket) => [ticket.number, ticket.officeDay]),
    ).toEqual([
      ['R-001', '2026-03-03'],
      ['L-001', '2026-03-03'],
    ]);
  });

  it('a day never closed is closed and restarted in one step', () => {
    const office = busyOffice();
    const events = dayRollover(office.state, RULES, at('2026-03-03T13:00:00Z'));
    expect(events[0]).toMatchObject({ type: 'day:closed', officeDay: DAY });
    expect(applyEvents(office.state, events)).toStrictEqual(emptyState('2026-03-03'));
  });
});
