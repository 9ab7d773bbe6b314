// A .tsx file because the `ui` test project (jsdom) runs only those.
import { memoryStore } from '../test-support/render-clerk';
import type { ServedEntry } from './served-log';
import {
  SERVED_LOG_LIMIT,
  clearServedLog,
  loadServedLog,
  saveServedLog,
  withEntry,
} from './served-log';

const DAY = '2025-03-10';

function entry(n: number): ServedEntry {
  return {
    ticketId: `registro-civil-${n}`,
    number: `R-${String(n).padStart(3, '0')}`,
    serviceId: 'registro-civil',
    end: { kind: 'done', outcome: 'atendido' },
    endedAt: 1_741_615_200_000 + n * 60_000,
    serviceMs: 240_000,
  };
}

describe('the served log', () => {
  it('survives a reload through storage, per clerk and per office day', () => {
    const store = memoryStore();
    const log = withEntry(withEntry(loadServedLog(store, 'clerk1', DAY), entry(1)), entry(2));
    saveServedLog(store, 'clerk1', log);

    expect(loadServedLog(store, 'clerk1', DAY).entries.map((e) => e.number)).toEqual([
      'R-002',
      'R-001',
    ]);
    expect(loadServedLog(store, 'clerk2', DAY).entries).toEqual([]);
    // The next office day starts empty.
    expect(loadServedLog(store, 'clerk1', '2025-03-11').entries).toEqual([]);

    clearServedLog(store, 'clerk1');
    expect(loadServedLog(store, 'clerk1', DAY).entries).toEqual([]);
  });

  it('keeps the newest entries only, and one per ticket', () => {
    let log = loadServedLog(null, 'clerk1', DAY);
    for (let n = 1; n <= SERVED_LOG_LIMIT + 5; n += 1) log = withEntry(log, entry(n));
    log = withEntry(log, { ...entry(SERVED_LOG_LIMIT + 5), end: { kind: 'no-show' } });
    expect(log.entries).toHaveLength(SERVED_LOG_LIMIT);
    expect(log.entries[0]).toMatchObject({ number: 'R-205', end: { kind: 'no-show' } });
    expect(log.entries.at(-1)?.number).toBe('R-006');
  });

  it('ignores what it cannot read instead of failing', () => {
    const store = memoryStore();
    store.setItem('cac.counter.served.clerk1', '{not json');
    expect(loadServedLog(store, 'clerk1', DAY).entries).toEqual([]);
    store.setItem(
      'cac.counter.served.clerk1',
      JSON.stringify({
        officeDay: DAY,
        entries: [entry(1), { number: 7 }, { ...entry(2), end: { kind: 'lost' } }],
      }),
    );
    expect(loadServedLog(store, 'clerk1', DAY).entries).toEqual([entry(1)]);
    const broken = {
      getItem: () => {
        throw new Error('denied');
      },
      setItem: () => {
        throw new Error('full');
      },
      removeItem: () => undefined,
    };
    expect(loadServedLog(broken, 'clerk1', DAY).entries).toEqual([]);
    expect(() =>
      saveServedLog(broken, 'clerk1', withEntry(loadServedLog(null, 'c', DAY), entry(1))),
    ).not.toThrow();
  });
});
