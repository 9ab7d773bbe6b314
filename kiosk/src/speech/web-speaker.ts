import type { Language } from '@cac/shared/i18n';
import { pickVoice } from '@cac/shared/speech';
import type { Speaker } from './speaker';

/** The part of `window.speechSynthesis` the kiosk uses (a fake in tests). */
export type SpeechSynthesisLike = Pick<
  SpeechSynthesis,
  'getVoices' | 'speak' | 'cancel' | 'addEventListener' | 'removeEventListener'
>;

/** Builds an utterance (`new SpeechSynthesisUtterance(text)` in browsers). */
export type UtteranceFactory = (text: string) => SpeechSynthesisUtterance;

/** A little slower than the engines' default: the hall is noisy and many listeners are elderly. */
const RATE = 0.9;
/** Some engines publish their voices late and never say so (no `voiceschanged`): look again once. */
const LATE_VOICES_MS = 1500;

/** One utterance per sentence; see {@link createWebSpeaker}. */
function sentences(text: string): string[] {
  return text
    .split(/(?<=[.?!])\s+/)
    .map((sentence) => sentence.trim())
    .filter((sentence) => sentence !== '');
}

/**
 * A {@link Speaker} over the Web Speech API. It speaks sentence by sentence because Chromium's
 * network voices stop a long utterance after about 15 s (https://crbug.com/679437,
 * https://stackoverflow.com/q/42875726) and a home screen read aloud takes longer; it keeps each
 * utterance referenced until it ends because Chromium may garbage-collect one mid-speech and then
 * never fire its `end` (https://stackoverflow.com/q/23483990).
 */
export function createWebSpeaker(
  synth: SpeechSynthesisLike,
  makeUtterance: UtteranceFactory = (text) => new SpeechSynthesisUtterance(text),
): Speaker {
  let voices: readonly SpeechSynthesisVoice[] = synth.getVoices();
  const listeners = new Set<() => void>();
  const speaking = new Set<SpeechSynthesisUtterance>();

  const refresh = (): void => {
    voices = synth.getVoices();
    for (const listener of [...listeners]) listener();
  };
  synth.addEventListener('voiceschanged', refresh);
  if (voices.length === 0) setTimeout(refresh, LATE_VOICES_MS);

  return {
    canSpeak: (language: Language) => pickVoice(voices, language) !== null,
    say(text, language) {
      const voice = pickVoice(voices, language);
      if (!voice) return;
      synth.cancel();
      speaking.clear();
      for (const sentence of sentences(text)) {
        const utterance = makeUtterance(sentence);
        utterance.voice = voice;
        utterance.lang = voice.lang;
        utterance.rate = RATE;
        const done = (): void => {
          speaking.delete(utterance);
        };
        utterance.addEventListener('end', done);
        utterance.addEventListener('error', done);
        speaking.add(utterance);
        synth.speak(utterance);
      }
    },
    stop() {
      speaking.clear();
      synth.cancel();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
  };
}
