import { pickVoice } from '@cac/shared/speech';

/** The part of `window.speechSynthesis` the display uses (a fake in tests). */
export type SpeechSynthesisLike = Pick<
  SpeechSynthesis,
  'getVoices' | 'speak' | 'cancel' | 'speaking' | 'pending'
>;

/** Builds an utterance (`new SpeechSynthesisUtterance(text)` in browsers). */
export type UtteranceFactory = (text: string) => SpeechSynthesisUtterance;

/** A little slower than the engines' default: the hall is noisy and many listeners are elderly. */
const RATE = 0.9;

/** The Spanish voice to announce with (es-PE, then any es-*), or null when there is none. */
export function spanishVoice(synth: SpeechSynthesisLike): SpeechSynthesisVoice | null {
  return pickVoice(synth.getVoices(), 'es');
}

/**
 * Says `text` with `voice` and resolves when it has been said (`done`) or could not be (`error`,
 * e.g. `not-allowed` before any user gesture, or `synthesis-failed`). Never waits forever:
 * Chromium sometimes drops an utterance without `end` or `error` (https://crbug.com/679437), so
 * past a generous estimate of its length it gives up. The utterance stays referenced until it
 * ends, because Chromium may garbage-collect one mid-speech and never fire its `end`
 * (https://stackoverflow.com/q/23483990).
 */
export function speakOnce(
  synth: SpeechSynthesisLike,
  voice: SpeechSynthesisVoice,
  text: string,
  makeUtterance: UtteranceFactory = (words) => new SpeechSynthesisUtterance(words),
): Promise<'done' | 'error'> {
  // Nothing of ours is speaking (the queue waits for each announcement): anything still speaking
  // or pending is a stuck engine, which would otherwise hold this utterance back forever.
  if (synth.speaking || synth.pending) synth.cancel();
  return new Promise((resolve) => {
    const utterance = makeUtterance(text);
    utterance.voice = voice;
    utterance.lang = voice.lang;
    utterance.rate = RATE;
    let settled = false;
    const finish = (result: 'done' | 'error'): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      keep.delete(utterance);
      resolve(result);
    };
    const timer = setTimeout(
      () => {
        synth.cancel();
        finish('error');
      },
      4000 + 150 * text.length,
    );
    utterance.addEventListener('end', () => finish('done'));
    utterance.addEventListener('error', () => finish('error'));
    keep.add(utterance);
    synth.speak(utterance);
  });
}

/** Utterances being spoken, held so that the garbage collector leaves them alone. */
const keep = new Set<SpeechSynthesisUtterance>();
