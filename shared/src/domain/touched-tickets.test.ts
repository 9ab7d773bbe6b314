import type { DomainEvent } from './events';
import { ticketAfterEvent } from './ticket-transition';
import type { TicketStatus } from './ticket';
import { touchedTickets } from './touched-tickets';
import { BETO, DAY, KIOSK, MINUTE, T0, busyOffice, makeTicket, stateOf } from './test-kit';

const called = makeTicket({
  id: 'a',
  status: 'called',
  windowId: 'v1',
  callCount: 1,
  calledAt: T0,
});
const AT = T0 + 7 * MINUTE;

describe('ticketAfterEvent', () => {
  it.each<[DomainEvent, TicketStatus]>([
    [{ type: 'ticket:finished', at: AT, ticketId: 'a', outcome: 'issued', note: null }, 'done'],
    [{ type: 'ticket:no-show', at: AT, ticketId: 'a' }, 'no_show'],
    [{ type: 'ticket:cancelled', at: AT, ticketId: 'a', reason: null }, 'cancelled'],
    [
      {
        type: 'ticket:transferred',
        at: AT,
        ticketId: 'a',
        next: makeTicket({ id: 'b' }),
        note: null,
      },
      'transferred',
    ],
    [{ type: 'day:closed', at: AT, officeDay: DAY, expiredTicketIds: ['x', 'a'] }, 'expired'],
  ])('%o ends the record as %s at the event time', (event, status) => {
    expect(ticketAfterEvent(called, event)).toStrictEqual({ ...called, status, finishedAt: AT });
  });

  it.each<DomainEvent>([
    { type: 'ticket:called', at: AT, ticketId: 'b', windowId: 'v1', reason: null },
    { type: 'ticket:recalled', at: AT, ticketId: 'b' },
    { type: 'ticket:started', at: AT, ticketId: 'b' },
    { type: 'ticket:finished', at: AT, ticketId: 'b', outcome: 'issued', note: null },
    { type: 'ticket:no-show', at: AT, ticketId: 'b' },
    { type: 'ticket:cancelled', at: AT, ticketId: 'b', reason: null },
    {
      type: 'ticket:transferred',
      at: AT,
      ticketId: 'b',
      next: makeTicket({ id: 'c' }),
      note: null,
    },
    { type: 'day:closed', at: AT, officeDay: DAY, expiredTicketIds: ['b'] },
    { type: 'window:closed', at: AT, windowId: 'v1' },
    { type: 'day:started', at: AT, officeDay: '2026-03-03' },
  ])('leaves a ticket alone for an event about another: %o', (event) => {
    expect(ticketAfterEvent(called, event)).toBe(called);
  });
});

describe('touchedTickets', () => {
  it('gives the final record of tickets touched several times in one batch', () => {
    const state = stateOf([makeTicket({ id: 'w' })]);
    const events: DomainEvent[] = [
      { type: 'ticket:called', at: T0 + MINUTE, ticketId: 'w', windowId: 'v1', reason: null },
      { type: 'ticket:started', at: T0 + 2 * MINUTE, ticketId: 'w' },
      {
        type: 'ticket:finished',
        at: T0 + 5 * MINUTE,
        ticketId: 'w',
        outcome: 'issued',
        note: null,
      },
    ];
    expect(touchedTickets(state, events)).toStrictEqual([
      {
        ...makeTicket({ id: 'w' }),
        status: 'done',
        windowId: 'v1',
        callCount: 1,
        firstCalledAt: T0 + MINUTE,
        calledAt: T0 + MINUTE,
        startedAt: T0 + 2 * MINUTE,
        finishedAt: T0 + 5 * MINUTE,
      },
    ]);
  });

  it('gives both records of a transfer and every expired ticket; nothing for window events', () => {
    const office = busyOffice();
    const start = office.state;
    const l001 = office.ticket('L-001');
    const r001 = office.ticket('R-001');
    const transfer = office.run(BETO, {
      type: 'ticket:transfer',
      ticketId: office.ticket('L-001').id,
      to: { windowId: 'v3' },
    });
    const next = transfer[0]?.type === 'ticket:transferred' ? transfer[0].next : null;
    const events: DomainEvent[] = [
      { type: 'window:paused', at: AT, windowId: 'v4', reason: 'otro' },
      {
        type: 'day:closed',
        at: AT,
        officeDay: DAY,
        expiredTicketIds: [office.ticket('R-002').id, 'gone'],
      },
      { type: 'ticket:no-show', at: AT, ticketId: r001.id },
    ];
    expect(
      touchedTickets(office.state, events).map((ticket) => [ticket.number, ticket.status]),
    ).toEqual([
      ['R-002', 'expired'],
      ['R-001', 'no_show'],
    ]);
    expect(
      touchedTickets(start, transfer).map((ticket) => [
        ticket.id,
        ticket.status,
        ticket.reservedWindowId,
      ]),
    ).toEqual([
      [l001.id, 'transferred', null],
      [next?.id, 'waiting', 'v3'],
    ]);
  });

  it('agrees with the live state for the tickets that stay live', () => {
    const office = busyOffice();
    const before = office.state;
    const events = [
      ...office.run(KIOSK, { type: 'ticket:take', serviceId: 'sat', category: 'senior' }),
      ...office.run(BETO, {
        type: 'ticket:finish',
        ticketId: office.ticket('L-001').id,
        outcome: 'observed',
      }),
    ];
    const rows = touchedTickets(before, events);
    expect(rows[0]).toStrictEqual(office.ticket('C-001'));
    expect(rows[1]).toMatchObject({ number: 'L-001', status: 'done', finishedAt: office.now });
  });
});
