import type { DomainCommand } from './commands';
import { decide } from './decide';
import { DEFAULT_CALL_POLICY } from './rules';
import {
  ANA,
  BETO,
  DISPLAY,
  DORA,
  KIOSK,
  MINUTE,
  RULES,
  SUPERVISOR,
  busyOffice,
  openOffice,
  outcomeOf,
} from './test-kit';

const EVERY_COMMAND: DomainCommand[] = [
  { type: 'ticket:take', serviceId: 'reg', category: 'none' },
  { type: 'window:open', windowId: 'v5' },
  { type: 'window:close', windowId: 'v4' },
  { type: 'window:pause', windowId: 'v4', reason: 'otro' },
  { type: 'window:resume', windowId: 'v3' },
  { type: 'ticket:call-next', windowId: 'v4' },
  { type: 'ticket:call', windowId: 'v4', ticketId: 't4', reason: 'cita' },
  { type: 'ticket:recall', ticketId: 't1' },
  { type: 'ticket:no-show', ticketId: 't1' },
  { type: 'ticket:start', ticketId: 't1' },
  { type: 'ticket:finish', ticketId: 't2', outcome: 'approved' },
  { type: 'ticket:transfer', ticketId: 't1', to: { serviceId: 'doc' } },
  { type: 'ticket:cancel', ticketId: 't3' },
];

describe('decide: devices', () => {
  it.each(EVERY_COMMAND.map((command) => [command.type, command] as const))(
    '%s: a display may not, a kiosk only takes tickets',
    (type, command) => {
      const office = busyOffice();
      expect(office.attempt(DISPLAY, command)).toStrictEqual({
        ok: false,
        error: { code: 'FORBIDDEN', params: { role: 'display', command: type } },
      });
      expect(outcomeOf(office.attempt(KIOSK, command))).toBe(
        type === 'ticket:take' ? 'ticket:issued' : 'FORBIDDEN',
      );
    },
  );
});

describe('decide: purity', () => {
  it.each(EVERY_COMMAND.map((command) => [command.type, command] as const))(
    '%s decided twice on the same (frozen) state gives the same answer and changes nothing',
    (_type, command) => {
      const office = busyOffice();
      const before = JSON.stringify(office.state);
      const ctx = { now: office.now, rules: RULES, actor: SUPERVISOR, newId: () => 'fixed-id' };
      const first = decide(office.state, command, ctx);
      expect(first.ok).toBe(true);
      expect(decide(office.state, command, ctx)).toStrictEqual(first);
      expect(JSON.stringify(office.state)).toBe(before);
    },
  );
});

describe('a window holds at most one ticket', () => {
  it('refuses every way of giving a busy window a second ticket', () => {
    const office = busyOffice();
    const t001 = office.ticket('T-001').id;
    const attempts: [typeof ANA, DomainCommand][] = [
      [ANA, { type: 'ticket:call-next', windowId: 'v1' }],
      [ANA, { type: 'ticket:call', windowId: 'v1', ticketId: t001, reason: 'urgente' }],
      [SUPERVISOR, { type: 'ticket:call-next', windowId: 'v1' }],
      [SUPERVISOR, { type: 'ticket:call', windowId: 'v2', ticketId: t001, reason: 'urgente' }],
      // nor by holding two windows
      [ANA, { type: 'window:open', windowId: 'v5' }],
    ];
    expect(attempts.map(([actor, command]) => outcomeOf(office.attempt(actor, command)))).toEqual([
      'WINDOW_BUSY',
      'WINDOW_BUSY',
      'WINDOW_BUSY',
      'WINDOW_BUSY',
      'ALREADY_OPEN_ELSEWHERE',
    ]);
  });

  it('frees the window with each way a ticket leaves it', () => {
    const office = busyOffice();
    office.run(ANA, { type: 'ticket:start', ticketId: office.ticket('R-001').id });
    office.run(ANA, {
      type: 'ticket:finish',
      ticketId: office.ticket('R-001').id,
      outcome: 'issued',
    });
    office.run(ANA, { type: 'ticket:call-next', windowId: 'v1' });
    office.run(ANA, {
      type: 'ticket:transfer',
      ticketId: office.ticket('R-002').id,
      to: { windowId: 'v2' },
    });
    office.run(ANA, { type: 'ticket:call-next', windowId: 'v1' });
    office.advance(MINUTE);
    office.run(ANA, { type: 'ticket:no-show', ticketId: office.ticket('T-001').id });
    expect(office.state.windows['v1']?.ticketId).toBeNull();
    expect(outcomeOf(office.attempt(ANA, { type: 'ticket:call-next', windowId: 'v1' }))).toBe(
      'QUEUE_EMPTY',
    );
  });
});

describe('preferential attention through decide', () => {
  it.each([
    [null, ['L-002', 'L-003', 'L-004', 'L-001']],
    [1, ['L-002', 'L-001', 'L-003', 'L-004']],
    [2, ['L-002', 'L-003', 'L-001', 'L-004']],
  ])('maxPreferentialInRow %s calls in the order %j', (limit, order) => {
    const rules = { ...RULES, callPolicy: { ...DEFAULT_CALL_POLICY, maxPreferentialInRow: limit } };
    const office = openOffice({ rules });
    office.run(BETO, { type: 'window:open', windowId: 'v3' });
    for (const category of ['none', 'senior', 'pregnant', 'disability'] as const) {
      office.run(KIOSK, { type: 'ticket:take', serviceId: 'lic', category });
      office.advance(MINUTE);
    }
    const called: string[] = [];
    for (let i = 0; i < 4; i += 1) {
      const [event] = office.run(BETO, { type: 'ticket:call-next', windowId: 'v3' });
      if (event?.type !== 'ticket:called') throw new Error('expected a call');
      called.push(office.state.tickets[event.ticketId]?.number ?? '?');
      office.run(BETO, { type: 'ticket:start', ticketId: event.ticketId });
      office.run(BETO, { type: 'ticket:finish', ticketId: event.ticketId, outcome: 'approved' });
    }
    expect(called).toEqual(order);
  });
});

describe('a whole attention', () => {
  it('take → call → recall → start → finish leaves nothing behind but the statistics', () => {
    const office = openOffice();
    office.run(DORA, { type: 'window:open', windowId: 'v4', serviceIds: ['sat'] });
    office.run(KIOSK, { type: 'ticket:take', serviceId: 'sat', category: 'child' });
    const ticketId = office.ticket('C-001').id;
    office.advance(3 * MINUTE);
    office.run(DORA, { type: 'ticket:call-next', windowId: 'v4' });
    office.advance(MINUTE);
    office.run(DORA, { type: 'ticket:recall', ticketId });
    office.run(DORA, { type: 'ticket:start', ticketId });
    office.advance(2 * MINUTE);
    office.run(DORA, { type: 'ticket:finish', ticketId, outcome: 'paid' });
    expect(office.state.tickets).toStrictEqual({});
    expect(office.state.windows['v4']).toMatchObject({ ticketId: null, preferentialStreak: 1 });
    expect(office.state.serviceStats['sat']).toStrictEqual({
      issued: 1,
      served: 1,
      recentServiceMs: [2 * MINUTE],
      waiting: 0,
      preferentialWaiting: 0,
      transfersWaiting: 0,
    });
    expect(office.state.recentCalls.map((call) => call.callCount)).toEqual([2, 1]);
  });
});
