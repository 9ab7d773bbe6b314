import type { CallAnnouncement } from './call-announcement';

/**
 * How an announcement went: said by the speech engine, from the recorded clips, only the chime
 * (no voice at all), nothing because this screen's sound is off or the browser blocks sound, or
 * skipped because it waited too long, or failed.
 */
export type AnnounceOutcome =
  'speech' | 'clips' | 'chime' | 'muted' | 'blocked' | 'skipped' | 'failed';

/** An announcement in the screen's log (newest last): what was said, and how. */
export type LoggedAnnouncement = {
  key: string;
  text: string;
  /** `playing` until it ends. */
  outcome: AnnounceOutcome | 'playing';
};

/** What the queue shows the screen. */
export type AnnouncementQueueState = {
  /** True while an announcement plays or waits: the featured call keeps the stage. */
  busy: boolean;
  /** The last few announcements, newest last. */
  log: readonly LoggedAnnouncement[];
};

/** Options of {@link createAnnouncementQueue}. */
export type AnnouncementQueueOptions = {
  /** Says one announcement; resolves when it has finished (its chime and its words). */
  play(announcement: CallAnnouncement): Promise<AnnounceOutcome>;
  /** The hub's clock (epoch ms), to leave out a call that waited too long to be said. */
  now(): number;
  /** Announcements waiting beyond this many: the oldest waiting one is dropped. Default 12. */
  maxWaiting?: number;
  /** A call older than this when its turn comes is skipped: it would only confuse. Default 90 s. */
  maxDelayMs?: number;
  /** One announcement that has not finished after this long is given up. Default 30 s. */
  playTimeoutMs?: number;
  /** Silence between two announcements, so that they do not run together. Default 600 ms. */
  gapMs?: number;
  /** Entries kept in the log. Default 8. */
  logSize?: number;
};

/** The screen's announcements, one at a time, in order. */
export type AnnouncementQueue = {
  /** Queues a call; false when this call was already queued or said (or primed). */
  enqueue(announcement: CallAnnouncement): boolean;
  /** Marks calls as already known, without saying them (the ones on screen at start-up). */
  prime(keys: readonly string[]): void;
  getState(): AnnouncementQueueState;
  subscribe(listener: () => void): () => void;
  /** Stops for good: nothing more is said. */
  dispose(): void;
};

/** How many call keys are remembered to refuse a second announcement of the same call. */
const REMEMBERED_KEYS = 64;

/**
 * Announces calls one after the other: an announcement never cuts another, a burst of calls is
 * said in the order the calls were made, and the same call is never said twice (a snapshot after
 * a reconnect carries calls already said). Everything it keeps is bounded (waiting list, keys,
 * log), so memory stays flat over a day of thousands of calls; a call that could not be said in
 * time is dropped rather than said minutes late.
 */
export function createAnnouncementQueue(options: AnnouncementQueueOptions): AnnouncementQueue {
  const maxWaiting = options.maxWaiting ?? 12;
  const maxDelayMs = options.maxDelayMs ?? 90_000;
  const playTimeoutMs = options.playTimeoutMs ?? 30_000;
  const gapMs = options.gapMs ?? 600;
  const logSize = options.logSize ?? 8;
  const listeners = new Set<() => void>();
  const waiting: CallAnnouncement[] = [];
  const known: string[] = [];
  const knownSet = new Set<string>();
  let playing = false;
  let disposed = false;
  let state: AnnouncementQueueState = { busy: false, log: [] };

  function publish(patch: Partial<AnnouncementQueueState>): void {
    state = { ...state, ...patch };
    for (const listener of [...listeners]) listener();
  }

  function remember(key: string): void {
    knownSet.add(key);
    known.push(key);
    while (known.length > REMEMBERED_KEYS) knownSet.delete(known.shift() ?? '');
  }

  function logEntry(entry: LoggedAnnouncement): void {
    const log = state.log.filter((old) => old.key !== entry.key);
    publish({ log: [...log, entry].slice(-logSize) });
  }

  function withTimeout(announcement: CallAnnouncement): Promise<AnnounceOutcome> {
    return new Promise((resolve) => {
      const timer = setTimeout(() => resolve('failed'), playTimeoutMs);
      options.play(announcement).then(
        (outcome) => {
          clearTimeout(timer);
          resolve(outcome);
        },
        () => {
          clearTimeout(timer);
          resolve('failed');
        },
      );
    });
  }

  async function drain(): Promise<void> {
    if (playing) return;
    playing = true;
    publish({ busy: true });
    while (!disposed) {
      const next = waiting.shift();
      if (!next) break;
      if (options.now() - next.at > maxDelayMs) {
        logEntry({ key: next.key, text: next.text, outcome: 'skipped' });
        continue;
      }
      logEntry({ key: next.key, text: next.text, outcome: 'playing' });
      const outcome = await withTimeout(next);
      if (disposed) return;
      logEntry({ key: next.key, text: next.text, outcome });
      // Nothing was heard for a muted or blocked announcement: no pause needed before the next.
      if (outcome !== 'muted' && outcome !== 'blocked' && waiting.length > 0) {
        await new Promise((resolve) => setTimeout(resolve, gapMs));
      }
    }
    playing = false;
    if (!disposed) publish({ busy: false });
  }

  return {
    enqueue(announcement) {
      if (disposed || knownSet.has(announcement.key)) return false;
      remember(announcement.key);
      waiting.push(announcement);
      // Oldest first, whatever order the calls arrived in (a snapshot lists them newest first).
      waiting.sort((a, b) => a.at - b.at);
      while (waiting.length > maxWaiting) {
        const dropped = waiting.shift();
        if (dropped) logEntry({ key: dropped.key, text: dropped.text, outcome: 'skipped' });
      }
      void drain();
      return true;
    },
    prime(keys) {
      for (const key of keys) if (!knownSet.has(key)) remember(key);
    },
    getState: () => state,
    subscribe(listener) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
    dispose() {
      disposed = true;
      waiting.length = 0;
      listeners.clear();
    },
  };
}
