import { compareForCall, isCallableAt, nextTicketFor, peopleAhead } from './call-policy';
import type { CallPolicy } from './rules';
import { DEFAULT_CALL_POLICY } from './rules';
import type { Category, Ticket } from './ticket';
import { CATEGORIES } from './ticket';
import { MINUTE, T0, makeTicket, makeWindow, seededRandom, stateOf } from './test-kit';

const NOW = T0 + 30 * MINUTE;
const FCFS: CallPolicy = {
  preferentialFirst: false,
  maxPreferentialInRow: null,
  serviceWeights: {},
};
const LIMIT_2: CallPolicy = { ...DEFAULT_CALL_POLICY, maxPreferentialInRow: 2 };
const LIC_DOUBLE: CallPolicy = { ...DEFAULT_CALL_POLICY, serviceWeights: { lic: 2 } };

/** A waiting ticket `id` of `serviceId` that arrived `minAgo` minutes before {@link NOW}. */
function t(
  id: string,
  serviceId: string,
  minAgo: number,
  category: Category = 'none',
  extra: Partial<Ticket> = {},
): Ticket {
  return makeTicket({ id, serviceId, arrivalAt: NOW - minAgo * MINUTE, category, ...extra });
}

describe('compareForCall', () => {
  it.each([
    ['earlier arrival first (FCFS)', t('a', 'reg', 10), t('b', 'doc', 5), FCFS, -1],
    ['later arrival after', t('a', 'reg', 5), t('b', 'doc', 10), FCFS, 1],
    [
      'preferential first when the policy says so',
      t('a', 'reg', 1, 'senior'),
      t('b', 'reg', 20),
      DEFAULT_CALL_POLICY,
      -1,
    ],
    ['no preference without the policy', t('a', 'reg', 1, 'senior'), t('b', 'reg', 20), FCFS, 1],
    [
      'two preferential: by arrival',
      t('a', 'reg', 3, 'child'),
      t('b', 'reg', 4, 'pregnant'),
      DEFAULT_CALL_POLICY,
      1,
    ],
    ['weight 2 beats a longer wait', t('a', 'reg', 10), t('b', 'lic', 6), LIC_DOUBLE, 1],
    ['weight 2 loses to a much longer wait', t('a', 'reg', 10), t('b', 'lic', 4), LIC_DOUBLE, -1],
    ['equal weighted waits: earlier arrival', t('a', 'reg', 10), t('b', 'lic', 5), LIC_DOUBLE, -1],
    [
      'same arrival: lower sequence',
      t('a', 'reg', 5, 'none', { sequence: 7 }),
      t('b', 'doc', 5, 'none', { sequence: 3 }),
      FCFS,
      1,
    ],
    ['same arrival and sequence: id', t('a', 'reg', 5), t('b', 'doc', 5), FCFS, -1],
    ['same arrival and sequence: id (reversed)', t('b', 'reg', 5), t('a', 'doc', 5), FCFS, 1],
    [
      'arrival in the future counts as no wait, not less',
      t('a', 'lic', -1),
      t('b', 'reg', 0),
      LIC_DOUBLE,
      1,
    ],
  ])('%s', (_name, a, b, policy, sign) => {
    expect(Math.sign(compareForCall(a, b, policy, NOW))).toBe(sign);
    expect(Math.sign(compareForCall(b, a, policy, NOW))).toBe(-sign);
  });

  it('is 0 only for the same ticket', () => {
    const a = t('a', 'reg', 5);
    expect(compareForCall(a, a, DEFAULT_CALL_POLICY, NOW)).toBe(0);
  });
});

describe('isCallableAt', () => {
  it.each([
    ['a service of the window', t('a', 'reg', 1), 'v1', ['reg', 'doc'], true],
    ['a service elsewhere', t('a', 'lic', 1), 'v1', ['reg', 'doc'], false],
    [
      'reserved for this window, other service',
      t('a', 'lic', 1, 'none', { reservedWindowId: 'v1' }),
      'v1',
      ['reg'],
      true,
    ],
    [
      'reserved for another window, same service',
      t('a', 'reg', 1, 'none', { reservedWindowId: 'v2' }),
      'v1',
      ['reg'],
      false,
    ],
  ] as const)('%s: %s', (_name, ticket, windowId, serviceIds, callable) => {
    expect(isCallableAt(ticket, windowId, serviceIds)).toBe(callable);
  });
});

describe('nextTicketFor', () => {
  type Case = [
    string,
    Ticket[],
    { streak?: number; serviceIds?: string[] },
    CallPolicy,
    string | null,
  ];
  it.each<Case>([
    [
      'FCFS across the window services',
      [t('r', 'reg', 5), t('d', 'doc', 8)],
      {},
      DEFAULT_CALL_POLICY,
      'd',
    ],
    [
      'ignores services of other windows',
      [t('r', 'reg', 5), t('l', 'lic', 50)],
      {},
      DEFAULT_CALL_POLICY,
      'r',
    ],
    [
      'serves only the services chosen today',
      [t('r', 'reg', 5), t('d', 'doc', 8)],
      { serviceIds: ['reg'] },
      DEFAULT_CALL_POLICY,
      'r',
    ],
    [
      'preferential first',
      [t('r', 'reg', 30), t('s', 'doc', 1, 'senior')],
      {},
      DEFAULT_CALL_POLICY,
      's',
    ],
    [
      'every preferential category counts',
      [t('r', 'reg', 30), t('c', 'reg', 1, 'child')],
      {},
      DEFAULT_CALL_POLICY,
      'c',
    ],
    [
      'no preference under pure FCFS',
      [t('r', 'reg', 30), t('s', 'doc', 1, 'senior')],
      {},
      FCFS,
      'r',
    ],
    [
      'streak at the limit: ordinary goes first',
      [t('r', 'reg', 1), t('s', 'reg', 30, 'pregnant')],
      { streak: 2 },
      LIMIT_2,
      'r',
    ],
    [
      'streak over the limit: ordinary goes first',
      [t('r', 'reg', 1), t('s', 'reg', 30, 'pregnant')],
      { streak: 5 },
      LIMIT_2,
      'r',
    ],
    [
      'streak below the limit: preferential',
      [t('r', 'reg', 1), t('s', 'reg', 1, 'pregnant')],
      { streak: 1 },
      LIMIT_2,
      's',
    ],
    [
      'streak at the limit, nobody ordinary: preferential',
      [t('s', 'reg', 3, 'disability'), t('p', 'reg', 1, 'senior')],
      { streak: 2 },
      LIMIT_2,
      's',
    ],
    [
      'streak at the limit picks the best ordinary',
      [t('r1', 'reg', 2), t('r2', 'doc', 9), t('s', 'reg', 1, 'senior')],
      { streak: 2 },
      LIMIT_2,
      'r2',
    ],
    [
      'no limit: any streak',
      [t('r', 'reg', 30), t('s', 'reg', 1, 'senior')],
      { streak: 40 },
      DEFAULT_CALL_POLICY,
      's',
    ],
    [
      'weight 2 beats a longer wait',
      [t('r', 'reg', 10), t('l', 'lic', 6)],
      { serviceIds: ['reg', 'lic'] },
      LIC_DOUBLE,
      'l',
    ],
    [
      'weight 2 loses to a much longer wait',
      [t('r', 'reg', 10), t('l', 'lic', 4)],
      { serviceIds: ['reg', 'lic'] },
      LIC_DOUBLE,
      'r',
    ],
    [
      'reserved for this window, of a service it does not serve',
      [t('r', 'reg', 5), t('x', 'lic', 7, 'none', { reservedWindowId: 'v1' })],
      {},
      DEFAULT_CALL_POLICY,
      'x',
    ],
    [
      'reserved for another window is not a candidate',
      [t('r', 'reg', 5), t('x', 'reg', 7, 'none', { reservedWindowId: 'v2' })],
      {},
      DEFAULT_CALL_POLICY,
      'r',
    ],
    [
      'tie on arrival: lower sequence',
      [t('b', 'reg', 5, 'none', { sequence: 9 }), t('a', 'doc', 5, 'none', { sequence: 4 })],
      {},
      DEFAULT_CALL_POLICY,
      'a',
    ],
    [
      'tie on arrival and sequence: id',
      [t('b', 'reg', 5), t('a', 'doc', 5)],
      {},
      DEFAULT_CALL_POLICY,
      'a',
    ],
    [
      'only waiting tickets',
      [t('c', 'reg', 50, 'none', { status: 'called', windowId: 'v2' }), t('r', 'reg', 1)],
      {},
      DEFAULT_CALL_POLICY,
      'r',
    ],
    ['nothing callable', [t('l', 'lic', 5)], {}, DEFAULT_CALL_POLICY, null],
    ['empty queue', [], {}, DEFAULT_CALL_POLICY, null],
  ])('%s', (_name, tickets, window, policy, expected) => {
    const state = stateOf(tickets, [
      makeWindow({
        id: 'v1',
        serviceIds: window.serviceIds ?? ['reg', 'doc'],
        preferentialStreak: window.streak ?? 0,
      }),
    ]);
    // Storage order must not matter: try the tickets forwards and backwards.
    const reversed = stateOf([...tickets].reverse(), Object.values(state.windows));
    expect(nextTicketFor(state, 'v1', policy, NOW)?.id ?? null).toBe(expected);
    expect(nextTicketFor(reversed, 'v1', policy, NOW)?.id ?? null).toBe(expected);
  });

  it('is null for an unknown window', () => {
    expect(nextTicketFor(stateOf([t('r', 'reg', 1)]), 'v9', DEFAULT_CALL_POLICY, NOW)).toBeNull();
  });

  it.each([1, 2, 3, 4, 5])(
    'agrees with sorting the candidates by compareForCall (seeded queue %i)',
    (seed) => {
      const random = seededRandom(seed);
      const services = ['reg', 'doc', 'lic'];
      const tickets = Array.from({ length: 40 }, (_, i) =>
        t(
          `t${i}`,
          services[Math.floor(random() * services.length)] ?? 'reg',
          Math.floor(random() * 60),
          CATEGORIES[random() < 0.7 ? 0 : 1 + Math.floor(random() * 4)] ?? 'none',
          { sequence: i + 1, reservedWindowId: random() < 0.1 ? 'v1' : null },
        ),
      );
      const policy: CallPolicy = { ...DEFAULT_CALL_POLICY, serviceWeights: { doc: 1.5 } };
      const state = stateOf(tickets, [makeWindow({ id: 'v1', serviceIds: ['reg', 'doc'] })]);
      const sorted = tickets
        .filter((ticket) => ticket.reservedWindowId === 'v1' || ticket.serviceId !== 'lic')
        .sort((a, b) => compareForCall(a, b, policy, NOW));
      expect(nextTicketFor(state, 'v1', policy, NOW)?.id).toBe(sorted[0]?.id);
    },
  );
});

describe('peopleAhead', () => {
  const queue = [
    t('r1', 'reg', 20),
    t('r2', 'reg', 15),
    t('d1', 'doc', 18),
    t('r3', 'reg', 10, 'senior'),
    t('r4', 'reg', 5),
    t('c1', 'reg', 30, 'none', { status: 'called', windowId: 'v1' }),
  ];
  it.each([
    ['r1', DEFAULT_CALL_POLICY, 1],
    ['r2', DEFAULT_CALL_POLICY, 2],
    ['r3', DEFAULT_CALL_POLICY, 0],
    ['r4', DEFAULT_CALL_POLICY, 3],
    ['r3', FCFS, 2],
    ['r4', FCFS, 3],
    ['d1', DEFAULT_CALL_POLICY, 0],
    ['c1', DEFAULT_CALL_POLICY, 0],
    ['nobody', DEFAULT_CALL_POLICY, 0],
  ] as const)('%s has people ahead (%o): %i', (ticketId, policy, ahead) => {
    expect(peopleAhead(stateOf(queue), ticketId, policy, NOW)).toBe(ahead);
  });

  it('ignores the streak limit (it depends on which window calls)', () => {
    const state = stateOf(queue, [makeWindow({ id: 'v1', preferentialStreak: 9 })]);
    expect(peopleAhead(state, 'r3', { ...DEFAULT_CALL_POLICY, maxPreferentialInRow: 1 }, NOW)).toBe(
      0,
    );
  });
});
