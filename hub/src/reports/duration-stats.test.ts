import { durationStats } from './duration-stats';
import { pauseTimeByClerk } from './pause-time';
import { redactComment } from './redact-comment';

const MIN = 60000;

describe('durationStats', () => {
  it('uses the nearest rank for p90 and the mean of the middle two for an even median', () => {
    expect(durationStats([1, 2, 3, 4, 5, 6, 7, 8, 9, 10].map((m) => m * MIN))).toEqual({
      count: 10,
      avgMin: 5.5,
      medianMin: 5.5,
      p90Min: 9,
    });
    expect(durationStats([7 * MIN])).toEqual({ count: 1, avgMin: 7, medianMin: 7, p90Min: 7 });
    expect(durationStats([])).toEqual({ count: 0, avgMin: null, medianMin: null, p90Min: null });
  });
});

describe('pauseTimeByClerk', () => {
  it('ends a pause at resume, close, the day close, or now for today', () => {
    const ev = (
      day: string,
      type: string,
      at: number,
      windowId: string | null,
      actorId: string | null = null,
    ) => ({
      day,
      type,
      at: at * MIN,
      windowId,
      actorId,
    });
    const pauses = pauseTimeByClerk(
      [
        ev('2026-11-20', 'window:paused', 10, 'v1', 'a'),
        ev('2026-11-20', 'window:resumed', 25, 'v1'),
        ev('2026-11-20', 'window:paused', 30, 'v2', 'b'),
        ev('2026-11-20', 'day:closed', 50, null),
        ev('2026-11-23', 'window:paused', 100, 'v1', 'a'),
      ],
      '2026-11-23',
      130 * MIN,
    );
    expect(Object.fromEntries(pauses)).toEqual({
      a: { pauses: 2, pauseMs: 45 * MIN },
      b: { pauses: 1, pauseMs: 20 * MIN },
    });
  });
});

describe('redactComment', () => {
  it('masks documents, phones and e-mails but keeps short numbers', () => {
    expect(redactComment('DNI 45055499, cel 987 654 321, ana@correo.pe; ventanilla 3')).toBe(
      'DNI [oculto], cel [oculto], [oculto]; ventanilla 3',
    );
  });
});
