import type { AnnounceOutcome } from './announcement-queue';
import type { Announcer, SoundState } from './announcer';
import type { CallAnnouncement } from './call-announcement';

/** An {@link Announcer} for component tests: it records, and ends each announcement on demand. */
export type FakeAnnouncer = Announcer & {
  /** The text of every announcement started, oldest first. */
  readonly said: readonly string[];
  /** Ends the announcement playing now. */
  finish(outcome?: AnnounceOutcome): void;
  setSoundState(state: SoundState): void;
  readonly unlocks: number;
};

/** A fake announcer; with `autoFinish`, every announcement ends at once with that outcome. */
export function createFakeAnnouncer(autoFinish: AnnounceOutcome | null = null): FakeAnnouncer {
  const said: string[] = [];
  const pending: ((outcome: AnnounceOutcome) => void)[] = [];
  const listeners = new Set<() => void>();
  let state: SoundState = 'ready';
  let unlocks = 0;
  return {
    said,
    get unlocks() {
      return unlocks;
    },
    announce(announcement: CallAnnouncement) {
      said.push(announcement.text);
      if (autoFinish) return Promise.resolve(autoFinish);
      return new Promise((resolve) => pending.push(resolve));
    },
    finish(outcome = 'speech') {
      pending.shift()?.(outcome);
    },
    getSoundState: () => state,
    setSoundState(next) {
      state = next;
      for (const listener of [...listeners]) listener();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
    unlock() {
      unlocks += 1;
    },
    dispose: () => undefined,
  };
}
