import type { AudioContextLike } from './audio-context-like';
import { sleep } from './audio-context-like';

/** Two bell notes, high then low ("ding-dong"): E5 and C5, each with a softer octave above. */
const NOTES = [
  { at: 0, hz: 659.25 },
  { at: 0.5, hz: 523.25 },
] as const;
const NOTE_SECONDS = 1.1;
const PEAK = 0.3;

/**
 * Plays the built-in chime and resolves when it has rung out (about 1.6 s). Synthesized with Web
 * Audio rather than shipped as a file, so that it needs nothing from the network and never
 * depends on the voice: a screen without any voice still rings before each call.
 */
export async function playChime(context: AudioContextLike): Promise<void> {
  const start = context.currentTime + 0.03;
  for (const note of NOTES) {
    for (const [multiple, level] of [
      [1, PEAK],
      [2, PEAK / 4],
    ] as const) {
      const t = start + note.at;
      const oscillator = context.createOscillator();
      const gain = context.createGain();
      oscillator.type = 'sine';
      oscillator.frequency.value = note.hz * multiple;
      gain.gain.setValueAtTime(0, t);
      gain.gain.linearRampToValueAtTime(level, t + 0.012);
      gain.gain.exponentialRampToValueAtTime(0.0001, t + NOTE_SECONDS);
      oscillator.connect(gain).connect(context.destination);
      oscillator.start(t);
      oscillator.stop(t + NOTE_SECONDS + 0.05);
    }
  }
  const lastNote = NOTES[NOTES.length - 1]?.at ?? 0;
  await sleep((lastNote + NOTE_SECONDS) * 1000 + 80);
}
