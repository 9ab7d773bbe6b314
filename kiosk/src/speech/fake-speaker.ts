import type { Language } from '@cac/shared/i18n';
import type { Speaker } from './speaker';

/** Something the fake was asked to say. */
export type SpokenText = { text: string; language: Language };

/** A {@link Speaker} for component tests: it records instead of talking. */
export type FakeSpeaker = Speaker & {
  /** Everything said so far, oldest first. */
  readonly spoken: readonly SpokenText[];
  /** How many times speech was stopped. */
  readonly stops: number;
  /** The text of the last `say`, or undefined when nothing was said. */
  lastSaid(): string | undefined;
  /** Pretends the installed voices changed (e.g. they arrived late, or there are none). */
  setVoices(languages: readonly Language[]): void;
};

/** A fake speaker with voices for `languages` (Spanish and English by default). */
export function createFakeSpeaker(languages: readonly Language[] = ['es', 'en']): FakeSpeaker {
  let voices = new Set<Language>(languages);
  const spoken: SpokenText[] = [];
  const listeners = new Set<() => void>();
  let stops = 0;
  return {
    spoken,
    get stops() {
      return stops;
    },
    canSpeak: (language) => voices.has(language),
    say(text, language) {
      if (voices.has(language)) spoken.push({ text, language });
    },
    stop() {
      stops += 1;
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
    lastSaid: () => spoken.at(-1)?.text,
    setVoices(next) {
      voices = new Set(next);
      for (const listener of [...listeners]) listener();
    },
  };
}
