import { MIN_DURATION_SAMPLES, estimateForTicket, serviceQueueSummary } from './estimate';
import type { WindowState } from './state';
import { MINUTE, RULES, SECOND, T0, makeTicket, makeWindow, stateOf } from './test-kit';

/** The waiting counts the reducer would hold for a queue of `n` ordinary tickets. */
const waitingCounts = (n: number) => ({ waiting: n, preferentialWaiting: 0, transfersWaiting: 0 });

const NOW = T0 + 60 * MINUTE;

/** `count` waiting reg tickets r1 … rN, one a minute: r1 arrived N minutes before NOW, rN one minute before. */
function regQueue(count: number, firstCategory: 'none' | 'senior' = 'none') {
  return Array.from({ length: count }, (_, i) =>
    makeTicket({
      id: `r${i + 1}`,
      sequence: i + 1,
      arrivalAt: NOW - (count - i) * MINUTE,
      category: i === count - 1 ? firstCategory : 'none',
    }),
  );
}

function openRegWindows(count: number): WindowState[] {
  return Array.from({ length: count }, (_, i) =>
    makeWindow({ id: `w${i}`, clerkId: `c${i}`, serviceIds: ['reg'] }),
  );
}

describe('serviceQueueSummary', () => {
  it.each([
    // reg: default 6 min per attention before there is data
    [0, 6, 36],
    [1, 6, 36],
    [3, 6, 12],
  ])('6 waiting with %i open windows → avg %i min, estimate %i min', (windows, avg, wait) => {
    const state = stateOf(regQueue(6), openRegWindows(windows));
    expect(serviceQueueSummary(state, RULES, 'reg', NOW)).toStrictEqual({
      waiting: 6,
      preferentialWaiting: 0,
      oldestWaitMin: 6,
      openWindows: windows,
      avgServiceMin: avg,
      estimatedWaitMin: wait,
    });
  });

  it.each([
    ['no data: the configured default', [], 6],
    [`${MIN_DURATION_SAMPLES - 1} samples: still the default`, [MINUTE, 3 * MINUTE], 6],
    [`${MIN_DURATION_SAMPLES} samples: their mean`, [2 * MINUTE, 3 * MINUTE, 10 * MINUTE], 5],
    ['many samples: their mean', [MINUTE, MINUTE, MINUTE, 5 * MINUTE], 2],
  ])('average attention with %s', (_name, recentServiceMs, avg) => {
    const state = stateOf(regQueue(4), openRegWindows(2), {
      serviceStats: {
        reg: { issued: 9, served: recentServiceMs.length, recentServiceMs, ...waitingCounts(4) },
      },
    });
    const summary = serviceQueueSummary(state, RULES, 'reg', NOW);
    expect(summary.avgServiceMin).toBe(avg);
    expect(summary.estimatedWaitMin).toBe(Math.ceil((4 * avg) / 2));
  });

  it('rounds the estimate up (never promises less than the formula)', () => {
    const state = stateOf(regQueue(2), openRegWindows(3), {
      serviceStats: {
        reg: {
          issued: 5,
          served: 3,
          recentServiceMs: [6, 6.5, 7].map((m) => m * MINUTE),
          ...waitingCounts(2),
        },
      },
    });
    // 2 × 6.5 / 3 = 4.33…
    expect(serviceQueueSummary(state, RULES, 'reg', NOW).estimatedWaitMin).toBe(5);
  });

  it('counts only open windows that serve the service', () => {
    const windows = [
      makeWindow({ id: 'a', clerkId: 'a', serviceIds: ['reg', 'doc'] }),
      makeWindow({ id: 'b', clerkId: 'b', serviceIds: ['reg'], ticketId: 'x' }),
      makeWindow({
        id: 'c',
        clerkId: 'c',
        serviceIds: ['reg'],
        status: 'paused',
        pauseReason: 'otro',
      }),
      makeWindow({ id: 'd', clerkId: null, serviceIds: ['reg'], status: 'closed' }),
      makeWindow({ id: 'e', clerkId: 'e', serviceIds: ['lic'] }),
    ];
    expect(serviceQueueSummary(stateOf([], windows), RULES, 'reg', NOW).openWindows).toBe(2);
  });

  it('counts waiting tickets of the service only, preferential apart, and the oldest wait', () => {
    const tickets = [
      ...regQueue(3, 'senior'),
      makeTicket({ id: 'c', status: 'called', windowId: 'a', arrivalAt: NOW - 90 * MINUTE }),
      makeTicket({ id: 'l', serviceId: 'lic', arrivalAt: NOW - 80 * MINUTE }),
      makeTicket({
        id: 'x',
        reservedWindowId: 'a',
        category: 'child',
        arrivalAt: NOW - 150 * SECOND,
      }),
    ];
    expect(serviceQueueSummary(stateOf(tickets), RULES, 'reg', NOW)).toMatchObject({
      waiting: 4,
      preferentialWaiting: 2,
      oldestWaitMin: 3,
    });
  });

  it('is all zero for nobody waiting, whatever the windows', () => {
    expect(serviceQueueSummary(stateOf([], openRegWindows(2)), RULES, 'reg', NOW)).toStrictEqual({
      waiting: 0,
      preferentialWaiting: 0,
      oldestWaitMin: 0,
      openWindows: 2,
      avgServiceMin: 6,
      estimatedWaitMin: 0,
    });
  });

  it('has no default for a service the rules do not know', () => {
    expect(serviceQueueSummary(stateOf(), RULES, 'zzz', NOW).avgServiceMin).toBe(0);
  });
});

describe('estimateForTicket', () => {
  it.each([
    // queue r1 (oldest) … r5 (newest); 6 min default
    ['r1', 1, 0, 0],
    ['r2', 1, 1, 6],
    ['r5', 1, 4, 24],
    ['r5', 0, 4, 24],
    ['r5', 3, 4, 8],
    ['r4', 2, 3, 9],
  ])('%s with %i open windows: %i ahead, %i min', (ticketId, windows, ahead, wait) => {
    const state = stateOf(regQueue(5), openRegWindows(windows));
    expect(estimateForTicket(state, RULES, ticketId, NOW)).toStrictEqual({
      peopleAhead: ahead,
      estimatedWaitMin: wait,
    });
  });

  it('puts a preferential ticket first under the default policy', () => {
    const queue = [
      ...regQueue(4),
      makeTicket({ id: 'p', category: 'pregnant', sequence: 9, arrivalAt: NOW }),
    ];
    expect(estimateForTicket(stateOf(queue), RULES, 'p', NOW).peopleAhead).toBe(0);
    expect(estimateForTicket(stateOf(queue), RULES, 'r4', NOW).peopleAhead).toBe(4);
  });

  it('uses the data of the ticket’s own service', () => {
    const state = stateOf(regQueue(3), openRegWindows(1), {
      serviceStats: {
        reg: {
          issued: 3,
          served: 3,
          recentServiceMs: [MINUTE, MINUTE, MINUTE],
          ...waitingCounts(3),
        },
        lic: {
          issued: 3,
          served: 3,
          recentServiceMs: [9 * MINUTE, 9 * MINUTE, 9 * MINUTE],
          ...waitingCounts(0),
        },
      },
    });
    expect(estimateForTicket(state, RULES, 'r3', NOW)).toStrictEqual({
      peopleAhead: 2,
      estimatedWaitMin: 2,
    });
  });

  it.each([
    ['unknown', 'zz'],
    ['called', 'c'],
  ])('is zero for a ticket that is %s', (_name, ticketId) => {
    const state = stateOf([
      ...regQueue(3),
      makeTicket({ id: 'c', status: 'called', windowId: 'w0' }),
    ]);
    expect(estimateForTicket(state, RULES, ticketId, NOW)).toStrictEqual({
      peopleAhead: 0,
      estimatedWaitMin: 0,
    });
  });
});
