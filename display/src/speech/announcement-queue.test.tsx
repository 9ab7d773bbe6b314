// A .tsx file although it has no JSX: the `ui` test project collects display tests as *.test.tsx.
import type { AnnounceOutcome } from './announcement-queue';
import { createAnnouncementQueue } from './announcement-queue';
import type { CallAnnouncement } from './call-announcement';

function announcement(key: string, at = 0): CallAnnouncement {
  return {
    key,
    number: key,
    windowName: 'Ventanilla 1',
    callCount: 1,
    at,
    text: `Turno ${key}.`,
    parts: null,
  };
}

/** A player whose announcements end when the test says so. */
function controlledPlayer() {
  const started: string[] = [];
  const finishers: ((outcome: AnnounceOutcome) => void)[] = [];
  return {
    started,
    play: (a: CallAnnouncement) =>
      new Promise<AnnounceOutcome>((resolve) => {
        started.push(a.key);
        finishers.push(resolve);
      }),
    /** Ends the announcement playing now. */
    async finish(outcome: AnnounceOutcome = 'speech') {
      finishers.shift()?.(outcome);
      // Let the queue see the end, then run its pause before the next one.
      await vi.advanceTimersByTimeAsync(1000);
    },
  };
}

describe('createAnnouncementQueue', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('never cuts an announcement: a burst is said one after the other, in order', async () => {
    const player = controlledPlayer();
    const queue = createAnnouncementQueue({ play: player.play, now: () => 0 });
    queue.enqueue(announcement('R-001', 1));
    queue.enqueue(announcement('R-002', 2));
    queue.enqueue(announcement('R-003', 3));
    await vi.advanceTimersByTimeAsync(0);
    expect(player.started).toEqual(['R-001']);
    expect(queue.getState().busy).toBe(true);

    await player.finish();
    expect(player.started).toEqual(['R-001', 'R-002']);
    await player.finish();
    await player.finish();
    expect(player.started).toEqual(['R-001', 'R-002', 'R-003']);
    expect(queue.getState().busy).toBe(false);
    expect(queue.getState().log.map((entry) => [entry.key, entry.outcome])).toEqual([
      ['R-001', 'speech'],
      ['R-002', 'speech'],
      ['R-003', 'speech'],
    ]);
  });

  it('says calls in the order they were made, whatever order they arrive in', async () => {
    const player = controlledPlayer();
    const queue = createAnnouncementQueue({ play: player.play, now: () => 0 });
    queue.enqueue(announcement('first', 10));
    // A snapshot after a reconnect lists its calls newest first.
    queue.enqueue(announcement('third', 30));
    queue.enqueue(announcement('second', 20));
    await player.finish();
    await player.finish();
    await player.finish();
    expect(player.started).toEqual(['first', 'second', 'third']);
  });

  it('leaves a pause between two announcements', async () => {
    const finishers: (() => void)[] = [];
    const started: string[] = [];
    const queue = createAnnouncementQueue({
      play: (a) =>
        new Promise((resolve) => {
          started.push(a.key);
          finishers.push(() => resolve('speech'));
        }),
      now: () => 0,
      gapMs: 600,
    });
    queue.enqueue(announcement('a'));
    queue.enqueue(announcement('b'));
    await vi.advanceTimersByTimeAsync(0);
    finishers.shift()?.();
    await vi.advanceTimersByTimeAsync(500);
    expect(started).toEqual(['a']);
    await vi.advanceTimersByTimeAsync(100);
    expect(started).toEqual(['a', 'b']);
  });

  it('never says the same call twice, nor a call that was on screen at start-up', async () => {
    const player = controlledPlayer();
    const queue = createAnnouncementQueue({ play: player.play, now: () => 0 });
    queue.prime(['old']);
    expect(queue.enqueue(announcement('old'))).toBe(false);
    expect(queue.enqueue(announcement('new'))).toBe(true);
    expect(queue.enqueue(announcement('new'))).toBe(false);
    await player.finish();
    expect(queue.enqueue(announcement('new'))).toBe(false);
    expect(player.started).toEqual(['new']);
  });

  it('skips a call that waited too long to be said', async () => {
    let now = 0;
    const player = controlledPlayer();
    const queue = createAnnouncementQueue({
      play: player.play,
      now: () => now,
      maxDelayMs: 60_000,
    });
    queue.enqueue(announcement('a', 0));
    queue.enqueue(announcement('b', 0));
    await vi.advanceTimersByTimeAsync(0);
    now = 70_000;
    await player.finish();
    expect(player.started).toEqual(['a']);
    expect(queue.getState().log.at(-1)).toEqual({ key: 'b', text: 'Turno b.', outcome: 'skipped' });
  });

  it('keeps its waiting list bounded, dropping the oldest waiting call', async () => {
    const player = controlledPlayer();
    const queue = createAnnouncementQueue({ play: player.play, now: () => 0, maxWaiting: 2 });
    for (let n = 1; n <= 5; n += 1) queue.enqueue(announcement(`c${n}`, n));
    for (let n = 0; n < 5; n += 1) await player.finish();
    // c1 was already playing; c2 and c3 were dropped to keep two waiting.
    expect(player.started).toEqual(['c1', 'c4', 'c5']);
  });

  it('gives up an announcement that never ends, and goes on with the next', async () => {
    const played: string[] = [];
    const queue = createAnnouncementQueue({
      play: (a) => {
        played.push(a.key);
        return a.key === 'stuck' ? new Promise(() => undefined) : Promise.resolve('clips');
      },
      now: () => 0,
      playTimeoutMs: 5000,
    });
    queue.enqueue(announcement('stuck', 1));
    queue.enqueue(announcement('next', 2));
    await vi.advanceTimersByTimeAsync(4000);
    expect(played).toEqual(['stuck']);
    await vi.advanceTimersByTimeAsync(2000);
    expect(played).toEqual(['stuck', 'next']);
    expect(queue.getState().log.map((e) => e.outcome)).toEqual(['failed', 'clips']);
  });

  it('keeps a short log of what was said, with each text', async () => {
    const queue = createAnnouncementQueue({
      play: () => Promise.resolve('muted'),
      now: () => 0,
      logSize: 3,
    });
    for (let n = 1; n <= 5; n += 1) queue.enqueue(announcement(`c${n}`, n));
    await vi.advanceTimersByTimeAsync(0);
    expect(queue.getState().log).toEqual([
      { key: 'c3', text: 'Turno c3.', outcome: 'muted' },
      { key: 'c4', text: 'Turno c4.', outcome: 'muted' },
      { key: 'c5', text: 'Turno c5.', outcome: 'muted' },
    ]);
  });

  it('says nothing more once disposed', async () => {
    const player = controlledPlayer();
    const queue = createAnnouncementQueue({ play: player.play, now: () => 0 });
    queue.enqueue(announcement('a'));
    queue.enqueue(announcement('b'));
    await vi.advanceTimersByTimeAsync(0);
    queue.dispose();
    await player.finish();
    expect(player.started).toEqual(['a']);
    expect(queue.enqueue(announcement('c'))).toBe(false);
  });
});
