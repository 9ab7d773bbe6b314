// Pure helpers; named .test.tsx because the counter's tests run in the `ui` project, which
// collects only .test.tsx files there.
import { applyEvents } from '@cac/shared/domain';
import { floorServices, floorWindows, isOverTarget, waitingTickets } from './floor-model';
import { formatClock, formatElapsed, wholeMinutes } from './format-time';
import { MINUTE, MORNING, floorSnapshot } from './test-kit';

describe('floor model', () => {
  it('names each window’s activity and where its time starts', () => {
    const { office, state } = floorSnapshot();
    expect(
      floorWindows(office, state).map(({ id, activity, clerkName, elapsedFrom, pauseReason }) => ({
        id,
        activity,
        clerkName,
        elapsedFrom,
        pauseReason,
      })),
    ).toEqual([
      {
        id: 'ventanilla-1',
        activity: 'calling',
        clerkName: 'Ana Quispe Huamán',
        elapsedFrom: MORNING + 6 * MINUTE,
        pauseReason: null,
      },
      {
        id: 'ventanilla-2',
        activity: 'paused',
        clerkName: 'Luis Chávez Rojas',
        elapsedFrom: MORNING + 8 * MINUTE,
        pauseReason: 'refrigerio',
      },
      {
        id: 'ventanilla-3',
        activity: 'closed',
        clerkName: null,
        elapsedFrom: null,
        pauseReason: null,
      },
    ]);
  });

  it('shows a clerk no longer configured by id rather than not at all', () => {
    const { office, state } = floorSnapshot();
    const [first] = floorWindows({ ...office, staff: [] }, state);
    expect(first?.clerkName).toBe('clerk1');
  });

  it('counts each queue in one pass and keeps an inactive service while people still wait', () => {
    const { office, state } = floorSnapshot();
    const inactive = {
      ...office,
      services: office.services.map((s) =>
        s.id === 'licencias' ? s : { ...s, active: s.id !== 'tributos' },
      ),
    };
    const services = floorServices(inactive, state);
    expect(
      services.map(({ id, waiting, preferentialWaiting, oldestArrivalAt }) => ({
        id,
        waiting,
        preferentialWaiting,
        oldestArrivalAt,
      })),
    ).toEqual([
      {
        id: 'registro-civil',
        waiting: 2,
        preferentialWaiting: 1,
        oldestArrivalAt: MORNING + 2 * MINUTE,
      },
      { id: 'licencias', waiting: 0, preferentialWaiting: 0, oldestArrivalAt: null },
      { id: 'tributos', waiting: 2, preferentialWaiting: 0, oldestArrivalAt: MORNING + 4 * MINUTE },
    ]);
    const noTributos = applyEvents(state, [
      { type: 'ticket:cancelled', at: MORNING, ticketId: 'tributos-1', reason: null },
      { type: 'ticket:cancelled', at: MORNING, ticketId: 'tributos-2', reason: null },
    ]);
    expect(floorServices(inactive, noTributos).map((s) => s.id)).toEqual([
      'registro-civil',
      'licencias',
    ]);
  });

  it.each([
    [20 * MINUTE, false],
    [20 * MINUTE + 1, true],
  ])(
    'a queue whose oldest has waited %i ms past a 20-minute target is over: %s',
    (waited, over) => {
      const { office, state } = floorSnapshot();
      const registry = floorServices(office, state)[0];
      if (!registry) throw new Error('no service');
      expect(isOverTarget(registry, MORNING + 2 * MINUTE + waited)).toBe(over);
      expect(isOverTarget({ ...registry, oldestArrivalAt: null }, MORNING + 999 * MINUTE)).toBe(
        false,
      );
    },
  );

  it('lists waiting tickets by arrival, with a transferred one at its first arrival', () => {
    const { state } = floorSnapshot();
    const original = state.tickets['registro-civil-2'];
    if (!original) throw new Error('no R-002');
    const moved = applyEvents(state, [
      {
        type: 'ticket:transferred',
        at: MORNING + 9 * MINUTE,
        ticketId: 'registro-civil-2',
        note: null,
        next: {
          ...original,
          id: 'moved',
          serviceId: 'tributos',
          issuedAt: MORNING + 9 * MINUTE,
          previousTicketId: 'registro-civil-2',
          reservedWindowId: 'ventanilla-3',
        },
      },
    ]);
    expect(waitingTickets(moved, 'tributos')).toEqual([
      {
        id: 'moved',
        number: 'R-002',
        serviceId: 'tributos',
        category: 'senior',
        arrivalAt: MORNING + 2 * MINUTE,
        reservedWindowId: 'ventanilla-3',
        transferred: true,
      },
      expect.objectContaining({ number: 'T-001', transferred: false }),
      expect.objectContaining({ number: 'T-002' }),
    ]);
  });
});

describe('floor times', () => {
  it.each([
    [0, '00:00', 'PT0H0M0S'],
    [-5000, '00:00', 'PT0H0M0S'],
    [65_999, '01:05', 'PT0H1M5S'],
    [59 * MINUTE + 59_000, '59:59', 'PT0H59M59S'],
    [62 * MINUTE + 9_000, '1:02:09', 'PT1H2M9S'],
  ])('%i ms reads %s', (ms, text, iso) => {
    expect(formatElapsed(ms)).toEqual({ text, iso });
  });

  it('counts whole minutes and tells the office’s time whatever the PC’s zone', () => {
    expect(wholeMinutes(119_999)).toBe(1);
    expect(wholeMinutes(-1)).toBe(0);
    expect(formatClock(MORNING + 3 * MINUTE, 'America/Lima', 'es')).toBe('09:03');
    expect(formatClock(MORNING + 3 * MINUTE, 'America/Lima', 'en')).toBe('09:03');
    expect(formatClock(MORNING, 'UTC', 'es')).toBe('14:00');
  });
});
