// A .tsx file although it has no JSX: the `ui` test project collects display tests as *.test.tsx.
import { sampleSyncSnapshot } from '@cac/shared/client';
import type { SessionView } from '@cac/shared/protocol';
import { WHOLE_OFFICE, showsCall, showsService, zoneFilterOf } from './zone';

const { office } = sampleSyncSnapshot();

function display(zone: { serviceIds: string[] | null; windowIds: string[] | null } | null) {
  return {
    kind: 'device',
    deviceId: 'display-1',
    role: 'display',
    name: 'Pantalla',
    zone,
  } satisfies SessionView;
}

const ids = (set: ReadonlySet<string> | null) => (set === null ? null : [...set].sort());

describe('zoneFilterOf', () => {
  it('shows the whole office without a zone (and to staff)', () => {
    expect(zoneFilterOf(display(null), null, office)).toEqual(WHOLE_OFFICE);
    expect(
      zoneFilterOf({ kind: 'user', userId: 'u', role: 'clerk', name: 'Ana' }, null, office),
    ).toEqual(WHOLE_OFFICE);
    expect(zoneFilterOf(null, null, null)).toEqual(WHOLE_OFFICE);
  });

  it('takes the zone of the device from the hub', () => {
    const zone = zoneFilterOf(display({ serviceIds: ['tributos'], windowIds: null }), null, office);
    expect(ids(zone.serviceIds)).toEqual(['tributos']);
    expect(zone.windowIds).toBeNull();
  });

  it('sorts the ids of ?zone= into services and windows, ignoring unknown ones', () => {
    const zone = zoneFilterOf(display(null), ['registro-civil', 'ventanilla-3', 'nope'], office);
    expect(ids(zone.serviceIds)).toEqual(['registro-civil']);
    expect(ids(zone.windowIds)).toEqual(['ventanilla-3']);
  });

  it('restricts nothing for a ?zone= of unknown ids: a typo must not blank the screen', () => {
    expect(zoneFilterOf(display(null), ['registro-civl'], office)).toEqual(WHOLE_OFFICE);
  });

  it('narrows the device zone with the address zone', () => {
    const zone = zoneFilterOf(
      display({ serviceIds: ['registro-civil', 'tributos'], windowIds: null }),
      ['tributos', 'licencias'],
      office,
    );
    expect(ids(zone.serviceIds)).toEqual(['tributos']);
  });
});

describe('showsCall', () => {
  const call = { serviceId: 'tributos', windowId: 'ventanilla-2' };

  it.each([
    ['the whole office', null, null, true],
    ['its service', ['tributos'], null, true],
    ['another service', ['registro-civil'], null, false],
    ['its window', null, ['ventanilla-2'], true],
    ['another window', null, ['ventanilla-3'], false],
    ['its service at its window', ['tributos'], ['ventanilla-2'], true],
    ['its service at another window', ['tributos'], ['ventanilla-3'], false],
  ] as const)('a zone of %s: %s', (_what, serviceIds, windowIds, shown) => {
    const zone = {
      serviceIds: serviceIds === null ? null : new Set<string>(serviceIds),
      windowIds: windowIds === null ? null : new Set<string>(windowIds),
    };
    expect(showsCall(zone, call)).toBe(shown);
  });
});

describe('showsService', () => {
  it('shows the services of the zone', () => {
    const zone = { serviceIds: new Set(['tributos']), windowIds: null };
    expect(showsService(zone, 'tributos', office)).toBe(true);
    expect(showsService(zone, 'licencias', office)).toBe(false);
  });

  it('for a zone of windows, shows the services those windows serve', () => {
    // ventanilla-2 serves licencias and tributos; ventanilla-1 registro-civil.
    const zone = { serviceIds: null, windowIds: new Set(['ventanilla-2']) };
    expect(office.services.map((service) => showsService(zone, service.id, office))).toEqual([
      false,
      true,
      true,
    ]);
  });

  it('shows everything in the whole office', () => {
    expect(office.services.every((s) => showsService(WHOLE_OFFICE, s.id, office))).toBe(true);
  });
});
