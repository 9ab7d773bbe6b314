import type { Actor } from './actor';
import type { DomainCommand } from './commands';
import {
  ADMIN,
  ANA,
  BETO,
  CARLA,
  DISPLAY,
  DORA,
  EDU,
  KIOSK,
  SUPERVISOR,
  busyOffice,
  outcomeOf,
} from './test-kit';

// Every table starts from busyOffice(): v1 ana (holds R-001), v2 beto (serving L-001),
// v3 carla (paused), v4 dora (open, empty), v5 never opened.
type Case = [string, Actor, DomainCommand, string];

describe('window:open', () => {
  it.each<Case>([
    [
      'a free window, all its services',
      EDU,
      { type: 'window:open', windowId: 'v5' },
      'window:opened',
    ],
    [
      'a free window, a chosen subset',
      EDU,
      { type: 'window:open', windowId: 'v5', serviceIds: ['sat'] },
      'window:opened',
    ],
    ['a window another clerk holds', EDU, { type: 'window:open', windowId: 'v1' }, 'WINDOW_TAKEN'],
    ['a window another clerk paused', EDU, { type: 'window:open', windowId: 'v3' }, 'WINDOW_TAKEN'],
    [
      'a window that does not exist',
      EDU,
      { type: 'window:open', windowId: 'v9' },
      'UNKNOWN_WINDOW',
    ],
    [
      'a second window for the same clerk',
      ANA,
      { type: 'window:open', windowId: 'v5' },
      'ALREADY_OPEN_ELSEWHERE',
    ],
    [
      'a second window while paused at the first',
      CARLA,
      { type: 'window:open', windowId: 'v5' },
      'ALREADY_OPEN_ELSEWHERE',
    ],
    [
      'the own window again, other services',
      ANA,
      { type: 'window:open', windowId: 'v1', serviceIds: ['doc'] },
      'window:opened',
    ],
    [
      'the own paused window again',
      CARLA,
      { type: 'window:open', windowId: 'v3' },
      'window:opened',
    ],
    [
      'a service the window does not offer',
      EDU,
      { type: 'window:open', windowId: 'v5', serviceIds: ['reg'] },
      'SERVICE_NOT_AT_WINDOW',
    ],
    [
      'a mix with a foreign service',
      EDU,
      { type: 'window:open', windowId: 'v5', serviceIds: ['sat', 'lic'] },
      'SERVICE_NOT_AT_WINDOW',
    ],
    [
      'no service at all',
      EDU,
      { type: 'window:open', windowId: 'v5', serviceIds: [] },
      'SERVICE_NOT_AT_WINDOW',
    ],
    ['by a supervisor', SUPERVISOR, { type: 'window:open', windowId: 'v5' }, 'window:opened'],
    ['by an admin', ADMIN, { type: 'window:open', windowId: 'v5' }, 'window:opened'],
    ['by a kiosk', KIOSK, { type: 'window:open', windowId: 'v5' }, 'FORBIDDEN'],
    ['by a display', DISPLAY, { type: 'window:open', windowId: 'v5' }, 'FORBIDDEN'],
  ])('%s → %s', (_name, actor, command, expected) => {
    expect(outcomeOf(busyOffice().attempt(actor, command))).toBe(expected);
  });

  it.each([
    [undefined, ['sat', 'doc', 'old']],
    [
      ['old', 'sat'],
      ['sat', 'old'],
    ],
    [
      ['doc', 'sat', 'doc'],
      ['sat', 'doc'],
    ],
  ])('serviceIds %j open the window for %j (configuration order)', (serviceIds, expected) => {
    const office = busyOffice();
    office.run(DORA, { type: 'window:close', windowId: 'v4' });
    expect(office.run(EDU, { type: 'window:open', windowId: 'v4', serviceIds })).toStrictEqual([
      {
        type: 'window:opened',
        at: office.now,
        windowId: 'v4',
        clerkId: 'edu',
        serviceIds: expected,
      },
    ]);
  });

  it('names the window held elsewhere and the foreign service', () => {
    const office = busyOffice();
    expect(office.attempt(ANA, { type: 'window:open', windowId: 'v5' })).toStrictEqual({
      ok: false,
      error: { code: 'ALREADY_OPEN_ELSEWHERE', params: { windowId: 'v1' } },
    });
    expect(
      office.attempt(EDU, { type: 'window:open', windowId: 'v5', serviceIds: ['sat', 'reg'] }),
    ).toStrictEqual({
      ok: false,
      error: { code: 'SERVICE_NOT_AT_WINDOW', params: { windowId: 'v5', serviceId: 'reg' } },
    });
  });

  it('re-opening the own window keeps the ticket it holds', () => {
    const office = busyOffice();
    office.run(ANA, { type: 'window:open', windowId: 'v1', serviceIds: ['doc'] });
    expect(office.state.windows['v1']).toMatchObject({
      status: 'open',
      clerkId: 'ana',
      serviceIds: ['doc'],
      ticketId: office.ticket('R-001').id,
    });
  });

  it('after closing, the clerk may open another window and the old one is free for others', () => {
    const office = busyOffice();
    office.run(DORA, { type: 'window:close', windowId: 'v4' });
    expect(outcomeOf(office.attempt(DORA, { type: 'window:open', windowId: 'v5' }))).toBe(
      'window:opened',
    );
    expect(outcomeOf(office.attempt(EDU, { type: 'window:open', windowId: 'v4' }))).toBe(
      'window:opened',
    );
  });
});

describe('window:close', () => {
  it.each<Case>([
    [
      'an open empty window by its clerk',
      DORA,
      { type: 'window:close', windowId: 'v4' },
      'window:closed',
    ],
    [
      'a paused window by its clerk',
      CARLA,
      { type: 'window:close', windowId: 'v3' },
      'window:closed',
    ],
    [
      'any window by a supervisor',
      SUPERVISOR,
      { type: 'window:close', windowId: 'v4' },
      'window:closed',
    ],
    ['any window by an admin', ADMIN, { type: 'window:close', windowId: 'v3' }, 'window:closed'],
    ["another clerk's window", ANA, { type: 'window:close', windowId: 'v4' }, 'NOT_YOUR_WINDOW'],
    [
      "another clerk's busy window",
      BETO,
      { type: 'window:close', windowId: 'v1' },
      'NOT_YOUR_WINDOW',
    ],
    [
      'the own window holding a called ticket',
      ANA,
      { type: 'window:close', windowId: 'v1' },
      'WINDOW_BUSY',
    ],
    [
      'a window serving a ticket, even by a supervisor',
      SUPERVISOR,
      { type: 'window:close', windowId: 'v2' },
      'WINDOW_BUSY',
    ],
    ['a window never opened', EDU, { type: 'window:close', windowId: 'v5' }, 'WINDOW_CLOSED'],
    [
      'a window that does not exist',
      SUPERVISOR,
      { type: 'window:close', windowId: 'v9' },
      'UNKNOWN_WINDOW',
    ],
    ['by a kiosk', KIOSK, { type: 'window:close', windowId: 'v4' }, 'FORBIDDEN'],
  ])('%s → %s', (_name, actor, command, expected) => {
    expect(outcomeOf(busyOffice().attempt(actor, command))).toBe(expected);
  });

  it('a closed window cannot be closed again', () => {
    const office = busyOffice();
    office.run(DORA, { type: 'window:close', windowId: 'v4' });
    expect(office.state.windows['v4']).toMatchObject({ status: 'closed', clerkId: null });
    expect(outcomeOf(office.attempt(DORA, { type: 'window:close', windowId: 'v4' }))).toBe(
      'WINDOW_CLOSED',
    );
  });

  it('names the ticket a busy window holds', () => {
    expect(busyOffice().attempt(ANA, { type: 'window:close', windowId: 'v1' })).toStrictEqual({
      ok: false,
      error: { code: 'WINDOW_BUSY', params: { windowId: 'v1', number: 'R-001' } },
    });
  });
});

describe('window:pause and window:resume', () => {
  it.each<Case>([
    [
      'pause an open empty window',
      DORA,
      { type: 'window:pause', windowId: 'v4', reason: 'refrigerio' },
      'window:paused',
    ],
    [
      'pause it as a supervisor',
      SUPERVISOR,
      { type: 'window:pause', windowId: 'v4', reason: 'soporte' },
      'window:paused',
    ],
    [
      "pause another clerk's window",
      ANA,
      { type: 'window:pause', windowId: 'v4', reason: 'otro' },
      'NOT_YOUR_WINDOW',
    ],
    [
      'pause while holding a ticket',
      ANA,
      { type: 'window:pause', windowId: 'v1', reason: 'otro' },
      'WINDOW_BUSY',
    ],
    [
      'pause while serving',
      BETO,
      { type: 'window:pause', windowId: 'v2', reason: 'otro' },
      'WINDOW_BUSY',
    ],
    [
      'pause a paused window',
      CARLA,
      { type: 'window:pause', windowId: 'v3', reason: 'otro' },
      'WINDOW_PAUSED',
    ],
    [
      'pause a closed window',
      EDU,
      { type: 'window:pause', windowId: 'v5', reason: 'otro' },
      'WINDOW_CLOSED',
    ],
    [
      'pause an unknown window',
      EDU,
      { type: 'window:pause', windowId: 'v9', reason: 'otro' },
      'UNKNOWN_WINDOW',
    ],
    [
      'pause as a display',
      DISPLAY,
      { type: 'window:pause', windowId: 'v4', reason: 'otro' },
      'FORBIDDEN',
    ],
    ['resume a paused window', CARLA, { type: 'window:resume', windowId: 'v3' }, 'window:resumed'],
    [
      'resume it as a supervisor',
      SUPERVISOR,
      { type: 'window:resume', windowId: 'v3' },
      'window:resumed',
    ],
    [
      "resume another clerk's window",
      ANA,
      { type: 'window:resume', windowId: 'v3' },
      'NOT_YOUR_WINDOW',
    ],
    ['resume an open window', DORA, { type: 'window:resume', windowId: 'v4' }, 'WINDOW_NOT_PAUSED'],
    [
      'resume a busy open window',
      ANA,
      { type: 'window:resume', windowId: 'v1' },
      'WINDOW_NOT_PAUSED',
    ],
    ['resume a closed window', EDU, { type: 'window:resume', windowId: 'v5' }, 'WINDOW_CLOSED'],
    ['resume an unknown window', EDU, { type: 'window:resume', windowId: 'v9' }, 'UNKNOWN_WINDOW'],
  ])('%s → %s', (_name, actor, command, expected) => {
    expect(outcomeOf(busyOffice().attempt(actor, command))).toBe(expected);
  });

  it('a pause records the reason and a resume clears it', () => {
    const office = busyOffice();
    expect(
      office.run(DORA, { type: 'window:pause', windowId: 'v4', reason: 'capacitacion' }),
    ).toStrictEqual([
      { type: 'window:paused', at: office.now, windowId: 'v4', reason: 'capacitacion' },
    ]);
    expect(office.state.windows['v4']).toMatchObject({
      status: 'paused',
      pauseReason: 'capacitacion',
    });
    office.advance(1000);
    office.run(DORA, { type: 'window:resume', windowId: 'v4' });
    expect(office.state.windows['v4']).toMatchObject({
      status: 'open',
      pauseReason: null,
      since: office.now,
    });
  });
});
