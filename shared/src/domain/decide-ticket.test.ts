import type { Actor } from './actor';
import { emptyState } from './apply';
import type { DomainCommand } from './commands';
import type { Ticket } from './ticket';
import {
  ADMIN,
  ANA,
  BETO,
  CARLA,
  DAY,
  DISPLAY,
  DORA,
  EDU,
  KIOSK,
  MINUTE,
  SECOND,
  SUPERVISOR,
  busyOffice,
  openOffice,
  outcomeOf,
} from './test-kit';

// Tables start from busyOffice(): v1 ana holds R-001 (called 2 min ago), v2 beto serves L-001,
// v3 carla paused, v4 dora open and empty, v5 never opened; R-002 (reg) and T-001 (doc) wait.

describe('ticket:take', () => {
  it.each<[string, Actor, string, string]>([
    ['next number of a service', KIOSK, 'reg', 'R-003'],
    ['numbers are per service', KIOSK, 'lic', 'L-002'],
    ['first number of a service today', KIOSK, 'sat', 'C-001'],
    ['a clerk may issue one too', ANA, 'reg', 'R-003'],
  ])('%s: %s takes %s → %s', (_name, actor, serviceId, number) => {
    const office = busyOffice();
    office.run(actor, { type: 'ticket:take', serviceId, category: 'none' });
    expect(office.ticket(number).serviceId).toBe(serviceId);
  });

  it.each<[string, Actor, string, string]>([
    ['an inactive service', KIOSK, 'old', 'SERVICE_INACTIVE'],
    ['an unknown service', KIOSK, 'zzz', 'UNKNOWN_SERVICE'],
    ['a display', DISPLAY, 'reg', 'FORBIDDEN'],
  ])('refuses %s → %s', (_name, actor, serviceId, code) => {
    const result = busyOffice().attempt(actor, {
      type: 'ticket:take',
      serviceId,
      category: 'none',
    });
    expect(result).toStrictEqual({ ok: false, error: expect.objectContaining({ code }) });
  });

  it('issues a complete waiting ticket, stamped now, with a fresh id', () => {
    const office = busyOffice();
    const events = office.run(KIOSK, { type: 'ticket:take', serviceId: 'reg', category: 'senior' });
    const ticket: Ticket = {
      id: 't5',
      officeDay: DAY,
      serviceId: 'reg',
      number: 'R-003',
      sequence: 3,
      category: 'senior',
      status: 'waiting',
      arrivalAt: office.now,
      issuedAt: office.now,
      windowId: null,
      reservedWindowId: null,
      callCount: 0,
      firstCalledAt: null,
      calledAt: null,
      startedAt: null,
      finishedAt: null,
      previousTicketId: null,
    };
    expect(events).toStrictEqual([{ type: 'ticket:issued', at: office.now, ticket }]);
    expect(office.state.lastSequence['reg']).toBe(3);
  });

  it('goes from R-999 to R-1000 without touching other services', () => {
    const office = openOffice({
      state: { ...emptyState(DAY), lastSequence: { reg: 998, lic: 5 } },
    });
    const take = (serviceId: string) =>
      office.run(KIOSK, { type: 'ticket:take', serviceId, category: 'none' });
    take('reg');
    take('reg');
    take('lic');
    expect(Object.values(office.state.tickets).map((ticket) => ticket.number)).toEqual([
      'R-999',
      'R-1000',
      'L-006',
    ]);
  });

  it('refuses tickets once the day is closed', () => {
    const office = openOffice({ state: { ...emptyState(DAY), dayClosed: true } });
    expect(
      office.attempt(KIOSK, { type: 'ticket:take', serviceId: 'reg', category: 'none' }),
    ).toStrictEqual({
      ok: false,
      error: { code: 'OFFICE_CLOSED', params: { officeDay: DAY } },
    });
  });
});

describe('ticket:call-next', () => {
  it.each<[string, Actor, string, string]>([
    ['an open empty window', DORA, 'v4', 'ticket:called'],
    ['a supervisor at any window', SUPERVISOR, 'v4', 'ticket:called'],
    ['a window that holds a ticket', ANA, 'v1', 'WINDOW_BUSY'],
    ['a window serving, even a supervisor', SUPERVISOR, 'v2', 'WINDOW_BUSY'],
    ['a paused window', CARLA, 'v3', 'WINDOW_PAUSED'],
    ['a window never opened', EDU, 'v5', 'WINDOW_CLOSED'],
    ['an unknown window', DORA, 'v9', 'UNKNOWN_WINDOW'],
    ["another clerk's window", ANA, 'v4', 'NOT_YOUR_WINDOW'],
    ['a kiosk', KIOSK, 'v4', 'FORBIDDEN'],
  ])('%s → %s', (_name, actor, windowId, expected) => {
    expect(outcomeOf(busyOffice().attempt(actor, { type: 'ticket:call-next', windowId }))).toBe(
      expected,
    );
  });

  it('calls the ticket the policy puts first, with no reason', () => {
    const office = busyOffice();
    expect(office.run(DORA, { type: 'ticket:call-next', windowId: 'v4' })).toStrictEqual([
      {
        type: 'ticket:called',
        at: office.now,
        ticketId: office.ticket('T-001').id,
        windowId: 'v4',
        reason: null,
      },
    ]);
  });

  it('says the queue is empty when nothing is callable', () => {
    const office = busyOffice();
    office.run(SUPERVISOR, { type: 'ticket:cancel', ticketId: office.ticket('T-001').id });
    expect(office.attempt(DORA, { type: 'ticket:call-next', windowId: 'v4' })).toStrictEqual({
      ok: false,
      error: { code: 'QUEUE_EMPTY', params: { windowId: 'v4' } },
    });
  });
});

describe('ticket:call (out of order)', () => {
  type Case = [string, Actor, string, string, string, string];
  it.each<Case>([
    [
      'a waiting ticket of the window',
      DORA,
      'v4',
      'T-001',
      'pedido de supervisión',
      'ticket:called',
    ],
    ['without a reason', DORA, 'v4', 'T-001', '   ', 'INVALID_PAYLOAD'],
    [
      'a service the window does not serve',
      DORA,
      'v4',
      'R-002',
      'urgente',
      'SERVICE_NOT_AT_WINDOW',
    ],
    ['a ticket already called', DORA, 'v4', 'R-001', 'urgente', 'ILLEGAL_TRANSITION'],
    ['a ticket being served', SUPERVISOR, 'v4', 'L-001', 'urgente', 'ILLEGAL_TRANSITION'],
    ['an unknown ticket', DORA, 'v4', '?', 'urgente', 'UNKNOWN_TICKET'],
    ['from a busy window', ANA, 'v1', 'T-001', 'urgente', 'WINDOW_BUSY'],
    ['from a paused window', CARLA, 'v3', 'T-001', 'urgente', 'WINDOW_PAUSED'],
    ['from a closed window', EDU, 'v5', 'T-001', 'urgente', 'WINDOW_CLOSED'],
    ["from another clerk's window", ANA, 'v4', 'T-001', 'urgente', 'NOT_YOUR_WINDOW'],
    ['by a supervisor', SUPERVISOR, 'v4', 'T-001', 'urgente', 'ticket:called'],
  ])('%s → %s', (_name, actor, windowId, number, reason, expected) => {
    const office = busyOffice();
    const ticketId = number === '?' ? 'nope' : office.ticket(number).id;
    expect(
      outcomeOf(office.attempt(actor, { type: 'ticket:call', windowId, ticketId, reason })),
    ).toBe(expected);
  });

  it('keeps the trimmed reason for the audit', () => {
    const office = busyOffice();
    const ticketId = office.ticket('T-001').id;
    const [event] = office.run(DORA, {
      type: 'ticket:call',
      windowId: 'v4',
      ticketId,
      reason: '  cita  ',
    });
    expect(event).toMatchObject({
      type: 'ticket:called',
      ticketId,
      windowId: 'v4',
      reason: 'cita',
    });
  });

  it('a ticket transferred to one window can be called only there', () => {
    const office = busyOffice();
    const r001 = office.ticket('R-001').id;
    office.run(ANA, { type: 'ticket:transfer', ticketId: r001, to: { windowId: 'v3' } });
    const moved = office.ticket('R-001').id;
    expect(
      outcomeOf(
        office.attempt(ANA, { type: 'ticket:call', windowId: 'v1', ticketId: moved, reason: 'x' }),
      ),
    ).toBe('SERVICE_NOT_AT_WINDOW');
    // v3 serves only licences, yet it gets the registry ticket that was sent to it.
    office.run(CARLA, { type: 'window:resume', windowId: 'v3' });
    expect(office.run(CARLA, { type: 'ticket:call-next', windowId: 'v3' })).toMatchObject([
      { ticketId: moved, windowId: 'v3' },
    ]);
  });
});

// Each ticket command against each status. W waits (at no window: any staff may act, here the
// supervisor), C is called at v1 (ana), S is served at v2 (beto).
describe('every ticket command in every status', () => {
  type Make = (ticketId: string, ticket: Ticket | undefined) => DomainCommand;
  const commands: Record<string, Make> = {
    recall: (ticketId) => ({ type: 'ticket:recall', ticketId }),
    'no-show': (ticketId) => ({ type: 'ticket:no-show', ticketId }),
    start: (ticketId) => ({ type: 'ticket:start', ticketId }),
    finish: (ticketId, ticket) => ({
      type: 'ticket:finish',
      ticketId,
      outcome: ticket?.serviceId === 'lic' ? 'approved' : 'issued',
    }),
    transfer: (ticketId) => ({ type: 'ticket:transfer', ticketId, to: { serviceId: 'sat' } }),
    cancel: (ticketId) => ({ type: 'ticket:cancel', ticketId }),
  };
  const who: Record<string, Actor> = { W: SUPERVISOR, C: ANA, S: BETO, unknown: SUPERVISOR };
  const numbers: Record<string, string> = { W: 'R-002', C: 'R-001', S: 'L-001' };

  it.each([
    ['recall', 'W', 'ILLEGAL_TRANSITION'],
    ['recall', 'C', 'ticket:recalled'],
    ['recall', 'S', 'ILLEGAL_TRANSITION'],
    ['recall', 'unknown', 'UNKNOWN_TICKET'],
    ['no-show', 'W', 'ILLEGAL_TRANSITION'],
    ['no-show', 'C', 'ticket:no-show'],
    ['no-show', 'S', 'ILLEGAL_TRANSITION'],
    ['no-show', 'unknown', 'UNKNOWN_TICKET'],
    ['start', 'W', 'ILLEGAL_TRANSITION'],
    ['start', 'C', 'ticket:started'],
    ['start', 'S', 'ILLEGAL_TRANSITION'],
    ['start', 'unknown', 'UNKNOWN_TICKET'],
    ['finish', 'W', 'ILLEGAL_TRANSITION'],
    ['finish', 'C', 'ILLEGAL_TRANSITION'],
    ['finish', 'S', 'ticket:finished'],
    ['finish', 'unknown', 'UNKNOWN_TICKET'],
    ['transfer', 'W', 'ticket:transferred'],
    ['transfer', 'C', 'ticket:transferred'],
    ['transfer', 'S', 'ticket:transferred'],
    ['transfer', 'unknown', 'UNKNOWN_TICKET'],
    ['cancel', 'W', 'ticket:cancelled'],
    ['cancel', 'C', 'ILLEGAL_TRANSITION'],
    ['cancel', 'S', 'ILLEGAL_TRANSITION'],
    ['cancel', 'unknown', 'UNKNOWN_TICKET'],
  ])('%s of %s → %s', (name, which, expected) => {
    const office = busyOffice();
    const number = numbers[which];
    const ticket = number ? office.ticket(number) : undefined;
    const command = commands[name]?.(ticket?.id ?? 'nope', ticket);
    if (!command) throw new Error(`no command ${name}`);
    expect(outcomeOf(office.attempt(who[which] ?? SUPERVISOR, command))).toBe(expected);
  });

  it('says which ticket, in which status, refused which command', () => {
    const office = busyOffice();
    const ticketId = office.ticket('L-001').id;
    expect(office.attempt(BETO, { type: 'ticket:start', ticketId })).toStrictEqual({
      ok: false,
      error: {
        code: 'ILLEGAL_TRANSITION',
        params: { number: 'L-001', status: 'serving', command: 'ticket:start' },
      },
    });
    expect(office.attempt(BETO, { type: 'ticket:start', ticketId: 'gone' })).toStrictEqual({
      ok: false,
      error: { code: 'UNKNOWN_TICKET', params: { ticketId: 'gone' } },
    });
  });

  it('a ticket that already left the live state is unknown', () => {
    const office = busyOffice();
    const ticketId = office.ticket('R-002').id;
    office.run(SUPERVISOR, { type: 'ticket:cancel', ticketId });
    expect(outcomeOf(office.attempt(SUPERVISOR, { type: 'ticket:cancel', ticketId }))).toBe(
      'UNKNOWN_TICKET',
    );
  });
});

describe('who may act on the ticket a window holds', () => {
  type Make = (ticketId: string) => DomainCommand;
  const onCalled: [string, Make][] = [
    ['recall', (ticketId) => ({ type: 'ticket:recall', ticketId })],
    ['no-show', (ticketId) => ({ type: 'ticket:no-show', ticketId })],
    ['start', (ticketId) => ({ type: 'ticket:start', ticketId })],
    ['transfer', (ticketId) => ({ type: 'ticket:transfer', ticketId, to: { serviceId: 'doc' } })],
  ];
  const actors: [Actor, string][] = [
    [ANA, 'ok'],
    [BETO, 'NOT_YOUR_WINDOW'],
    [SUPERVISOR, 'ok'],
    [ADMIN, 'ok'],
    [KIOSK, 'FORBIDDEN'],
    [DISPLAY, 'FORBIDDEN'],
  ];
  it.each(
    onCalled.flatMap(([name, make]) =>
      actors.map(
        ([actor, expected]) => [name, actor.role, actor.id, make, actor, expected] as const,
      ),
    ),
  )('%s of R-001 (at ana’s window) by %s %s → %s', (_name, _role, _id, make, actor, expected) => {
    const office = busyOffice();
    const result = office.attempt(actor, make(office.ticket('R-001').id));
    expect(result.ok ? 'ok' : result.error.code).toBe(expected);
  });

  it.each([
    [BETO, 'ok'],
    [ANA, 'NOT_YOUR_WINDOW'],
    [CARLA, 'NOT_YOUR_WINDOW'],
    [SUPERVISOR, 'ok'],
  ] as const)('finish of L-001 (at beto’s window) by %o → %s', (actor, expected) => {
    const office = busyOffice();
    const result = office.attempt(actor, {
      type: 'ticket:finish',
      ticketId: office.ticket('L-001').id,
      outcome: 'approved',
    });
    expect(result.ok ? 'ok' : result.error.code).toBe(expected);
  });

  it('a clerk loses the ticket of a window a supervisor closed under them', () => {
    // After the supervisor's take-over the window is someone else's: ana's old ticket is not hers.
    const office = busyOffice();
    const ticketId = office.ticket('R-001').id;
    office.run(SUPERVISOR, { type: 'ticket:no-show', ticketId });
    office.run(SUPERVISOR, { type: 'window:close', windowId: 'v1' });
    office.run(EDU, { type: 'window:open', windowId: 'v1' });
    office.run(EDU, { type: 'ticket:call-next', windowId: 'v1' });
    const r002 = office.ticket('R-002').id;
    expect(outcomeOf(office.attempt(ANA, { type: 'ticket:start', ticketId: r002 }))).toBe(
      'NOT_YOUR_WINDOW',
    );
    expect(outcomeOf(office.attempt(EDU, { type: 'ticket:start', ticketId: r002 }))).toBe(
      'ticket:started',
    );
  });
});

describe('ticket:no-show waits for the citizen', () => {
  it.each([
    [0, 'NO_SHOW_TOO_EARLY', 60],
    [1, 'NO_SHOW_TOO_EARLY', 60],
    [59 * SECOND, 'NO_SHOW_TOO_EARLY', 1],
    [59 * SECOND + 500, 'NO_SHOW_TOO_EARLY', 1],
    [60 * SECOND, 'ticket:no-show', null],
    [5 * MINUTE, 'ticket:no-show', null],
  ])('%i ms after the latest call → %s (%s s left)', (elapsed, expected, seconds) => {
    const office = busyOffice();
    const ticketId = office.ticket('R-001').id;
    // The latest call counts: a recall restarts the wait.
    office.run(ANA, { type: 'ticket:recall', ticketId });
    office.advance(elapsed);
    const result = office.attempt(ANA, { type: 'ticket:no-show', ticketId });
    expect(outcomeOf(result)).toBe(expected);
    if (seconds !== null) {
      expect(result).toStrictEqual({
        ok: false,
        error: { code: 'NO_SHOW_TOO_EARLY', params: { number: 'R-001', seconds } },
      });
    }
  });
});

describe('ticket:recall, ticket:start', () => {
  it('a recall counts as another call and is shown again', () => {
    const office = busyOffice();
    const ticketId = office.ticket('R-001').id;
    expect(office.run(ANA, { type: 'ticket:recall', ticketId })).toStrictEqual([
      { type: 'ticket:recalled', at: office.now, ticketId },
    ]);
    expect(office.ticket('R-001')).toMatchObject({ callCount: 2, calledAt: office.now });
    expect(office.state.recentCalls[0]).toMatchObject({
      number: 'R-001',
      callCount: 2,
      windowId: 'v1',
    });
  });

  it('a start makes the called ticket serving', () => {
    const office = busyOffice();
    const ticketId = office.ticket('R-001').id;
    expect(office.run(ANA, { type: 'ticket:start', ticketId })).toStrictEqual([
      { type: 'ticket:started', at: office.now, ticketId },
    ]);
    expect(office.ticket('R-001')).toMatchObject({ status: 'serving', startedAt: office.now });
  });
});

describe('ticket:finish', () => {
  it.each([
    ['approved', undefined, 'ticket:finished', null],
    ['observed', '  faltó plano de ubicación ', 'ticket:finished', 'faltó plano de ubicación'],
    ['observed', '   ', 'ticket:finished', null],
    ['issued', undefined, 'UNKNOWN_OUTCOME', null],
    ['', undefined, 'UNKNOWN_OUTCOME', null],
  ])('outcome %j with note %j → %s', (outcome, note, expected, storedNote) => {
    const office = busyOffice();
    const ticketId = office.ticket('L-001').id;
    const result = office.attempt(BETO, { type: 'ticket:finish', ticketId, outcome, note });
    expect(outcomeOf(result)).toBe(expected);
    if (result.ok) {
      expect(result.value).toStrictEqual([
        { type: 'ticket:finished', at: office.now, ticketId, outcome, note: storedNote },
      ]);
    } else {
      expect(result.error.params).toStrictEqual({ outcome, serviceId: 'lic' });
    }
  });

  it('links the attention to what it produced, and leaves the event as before without one', () => {
    const office = busyOffice();
    const ticketId = office.ticket('L-001').id;
    const result = office.attempt(BETO, {
      type: 'ticket:finish',
      ticketId,
      outcome: 'approved',
      result: { kind: 'expediente', ref: 'EXP-2026-000001' },
    });
    expect(result).toStrictEqual({
      ok: true,
      value: [
        {
          type: 'ticket:finished',
          at: office.now,
          ticketId,
          outcome: 'approved',
          note: null,
          result: { kind: 'expediente', ref: 'EXP-2026-000001' },
        },
      ],
    });
  });

  it('frees the window and feeds the statistics', () => {
    const office = busyOffice();
    const started = office.ticket('L-001').startedAt ?? 0;
    office.advance(4 * MINUTE);
    office.run(BETO, {
      type: 'ticket:finish',
      ticketId: office.ticket('L-001').id,
      outcome: 'approved',
    });
    expect(office.state.windows['v2']?.ticketId).toBeNull();
    expect(office.state.serviceStats['lic']).toStrictEqual({
      issued: 1,
      served: 1,
      recentServiceMs: [office.now - started],
      waiting: 0,
      preferentialWaiting: 0,
      transfersWaiting: 0,
    });
  });
});

describe('ticket:transfer', () => {
  type Target = { serviceId: string } | { windowId: string };
  it.each<[Target, string, string | null, string | null]>([
    [{ serviceId: 'doc' }, 'ticket:transferred', 'doc', null],
    [{ serviceId: 'lic' }, 'ticket:transferred', 'lic', null],
    [{ serviceId: 'reg' }, 'TRANSFER_TARGET_INVALID', null, null],
    [{ serviceId: 'old' }, 'TRANSFER_TARGET_INVALID', null, null],
    [{ serviceId: 'zzz' }, 'TRANSFER_TARGET_INVALID', null, null],
    [{ windowId: 'v3' }, 'ticket:transferred', 'reg', 'v3'],
    [{ windowId: 'v5' }, 'ticket:transferred', 'reg', 'v5'],
    [{ windowId: 'v1' }, 'TRANSFER_TARGET_INVALID', null, null],
    [{ windowId: 'v9' }, 'TRANSFER_TARGET_INVALID', null, null],
  ])('R-001 to %j → %s', (to, expected, serviceId, reservedWindowId) => {
    const office = busyOffice();
    const result = office.attempt(ANA, {
      type: 'ticket:transfer',
      ticketId: office.ticket('R-001').id,
      to,
    });
    expect(outcomeOf(result)).toBe(expected);
    if (result.ok && result.value[0]?.type === 'ticket:transferred') {
      expect(result.value[0].next).toMatchObject({ serviceId, reservedWindowId });
    }
  });

  it('continues the same attention in a new waiting record', () => {
    const office = busyOffice();
    const old = office.ticket('R-001');
    const [event] = office.run(ANA, {
      type: 'ticket:transfer',
      ticketId: old.id,
      to: { serviceId: 'doc' },
      note: ' trae expediente ',
    });
    const next: Ticket = {
      ...old,
      id: 't5',
      serviceId: 'doc',
      status: 'waiting',
      issuedAt: office.now,
      windowId: null,
      reservedWindowId: null,
      callCount: 0,
      firstCalledAt: null,
      calledAt: null,
      startedAt: null,
      finishedAt: null,
      previousTicketId: old.id,
    };
    expect(event).toStrictEqual({
      type: 'ticket:transferred',
      at: office.now,
      ticketId: old.id,
      next,
      note: 'trae expediente',
    });
    expect(next).toMatchObject({ number: 'R-001', sequence: 1, arrivalAt: old.arrivalAt });
    expect(office.state.tickets[old.id]).toBeUndefined();
    expect(office.state.windows['v1']?.ticketId).toBeNull();
    // A transfer is not a new ticket: the target's numbering does not move.
    expect(office.state.lastSequence['doc']).toBe(1);
  });

  it('keeps the arrival, so the citizen is not sent to the back of the new queue', () => {
    const office = busyOffice();
    // T-001 has waited in doc since T0 + 30 s; R-001 arrived at T0, before it.
    office.advance(MINUTE);
    office.run(KIOSK, { type: 'ticket:take', serviceId: 'doc', category: 'none' });
    office.run(ANA, {
      type: 'ticket:transfer',
      ticketId: office.ticket('R-001').id,
      to: { serviceId: 'doc' },
    });
    office.run(DORA, { type: 'ticket:call-next', windowId: 'v4' });
    const atV4 = office.state.windows['v4']?.ticketId;
    expect(atV4 && office.state.tickets[atV4]?.number).toBe('R-001');
  });
});

describe('a supervisor moves tickets no clerk holds', () => {
  it.each<[string, Actor, string]>([
    ['a supervisor', SUPERVISOR, 'ticket:transferred'],
    ['an admin', ADMIN, 'ticket:transferred'],
    ['a clerk', DORA, 'FORBIDDEN'],
    ['a kiosk', KIOSK, 'FORBIDDEN'],
  ])('R-002 (waiting) to another service, by %s → %s', (_name, actor, expected) => {
    const office = busyOffice();
    const ticketId = office.ticket('R-002').id;
    expect(
      outcomeOf(
        office.attempt(actor, { type: 'ticket:transfer', ticketId, to: { serviceId: 'lic' } }),
      ),
    ).toBe(expected);
  });

  it('a waiting ticket keeps its number and arrival, so it goes before later arrivals there', () => {
    const office = busyOffice();
    const before = office.ticket('R-002');
    // L-002 arrives in licences after R-002 arrived in the registry.
    office.run(KIOSK, { type: 'ticket:take', serviceId: 'lic', category: 'none' });
    const [event] = office.run(SUPERVISOR, {
      type: 'ticket:transfer',
      ticketId: before.id,
      to: { serviceId: 'lic' },
      note: 'se equivocó de trámite',
    });
    expect(event).toMatchObject({
      type: 'ticket:transferred',
      ticketId: before.id,
      note: 'se equivocó de trámite',
      next: {
        number: 'R-002',
        serviceId: 'lic',
        status: 'waiting',
        arrivalAt: before.arrivalAt,
        issuedAt: office.now,
        previousTicketId: before.id,
      },
    });
    // The counts follow the ticket from one queue to the other.
    expect(office.state.serviceStats['reg']).toMatchObject({ waiting: 0 });
    expect(office.state.serviceStats['lic']).toMatchObject({ waiting: 2, transfersWaiting: 1 });
    // Beto frees v2 (registry + licences) and calls next: R-002 arrived first.
    office.run(BETO, {
      type: 'ticket:finish',
      ticketId: office.ticket('L-001').id,
      outcome: 'approved',
    });
    office.run(BETO, { type: 'ticket:call-next', windowId: 'v2' });
    const atV2 = office.state.windows['v2']?.ticketId;
    expect(atV2 && office.state.tickets[atV2]?.number).toBe('R-002');
  });

  it.each<[string, { serviceId: string } | { windowId: string }, string]>([
    ['its own queue, where it already is', { serviceId: 'reg' }, 'TRANSFER_TARGET_INVALID'],
    ['an inactive service', { serviceId: 'old' }, 'TRANSFER_TARGET_INVALID'],
    ['one window', { windowId: 'v3' }, 'ticket:transferred'],
    ['an unknown window', { windowId: 'v9' }, 'TRANSFER_TARGET_INVALID'],
  ])('a waiting ticket to %s → %s', (_name, to, expected) => {
    const office = busyOffice();
    const ticketId = office.ticket('R-002').id;
    expect(outcomeOf(office.attempt(SUPERVISOR, { type: 'ticket:transfer', ticketId, to }))).toBe(
      expected,
    );
  });

  it('a ticket reserved for a window goes back to the open queue of its service', () => {
    const office = busyOffice();
    office.run(SUPERVISOR, {
      type: 'ticket:transfer',
      ticketId: office.ticket('R-002').id,
      to: { windowId: 'v3' },
    });
    const reserved = office.ticket('R-002');
    expect(reserved.reservedWindowId).toBe('v3');
    expect(
      outcomeOf(
        office.attempt(SUPERVISOR, {
          type: 'ticket:transfer',
          ticketId: reserved.id,
          to: { windowId: 'v3' },
        }),
      ),
    ).toBe('TRANSFER_TARGET_INVALID');
    office.run(SUPERVISOR, {
      type: 'ticket:transfer',
      ticketId: reserved.id,
      to: { serviceId: 'reg' },
    });
    expect(office.ticket('R-002')).toMatchObject({ serviceId: 'reg', reservedWindowId: null });
  });

  it.each<[string, Actor, string]>([
    ['a supervisor', SUPERVISOR, 'ticket:transferred'],
    ['an admin', ADMIN, 'ticket:transferred'],
    ['the clerk who holds it', ANA, 'TRANSFER_TARGET_INVALID'],
  ])('R-001 (called at v1) back to its own queue, by %s → %s', (_name, actor, expected) => {
    const office = busyOffice();
    const ticketId = office.ticket('R-001').id;
    expect(
      outcomeOf(
        office.attempt(actor, { type: 'ticket:transfer', ticketId, to: { serviceId: 'reg' } }),
      ),
    ).toBe(expected);
  });

  it('empties the window of a clerk who left, keeps the citizen first in line, then closes it', () => {
    const office = busyOffice();
    const held = office.ticket('R-001');
    office.run(SUPERVISOR, {
      type: 'ticket:transfer',
      ticketId: held.id,
      to: { serviceId: 'reg' },
    });
    expect(office.state.windows['v1']?.ticketId).toBeNull();
    expect(office.run(SUPERVISOR, { type: 'window:close', windowId: 'v1' })).toMatchObject([
      { type: 'window:closed', windowId: 'v1' },
    ]);
    // R-001 arrived before R-002, so the next registry call takes it again.
    office.run(BETO, {
      type: 'ticket:finish',
      ticketId: office.ticket('L-001').id,
      outcome: 'approved',
    });
    office.run(BETO, { type: 'ticket:call-next', windowId: 'v2' });
    const atV2 = office.state.windows['v2']?.ticketId;
    expect(atV2 && office.state.tickets[atV2]).toMatchObject({
      number: 'R-001',
      arrivalAt: held.arrivalAt,
      callCount: 1,
    });
  });
});

describe('ticket:cancel', () => {
  it.each([
    [undefined, null],
    ['  se retiró ', 'se retiró'],
    ['', null],
  ])('reason %j is kept as %j', (reason, stored) => {
    const office = busyOffice();
    const ticketId = office.ticket('R-002').id;
    expect(office.run(SUPERVISOR, { type: 'ticket:cancel', ticketId, reason })).toStrictEqual([
      { type: 'ticket:cancelled', at: office.now, ticketId, reason: stored },
    ]);
  });
});
