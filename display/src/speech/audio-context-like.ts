/** The part of a Web Audio `AudioContext` the display uses (a fake in tests). */
export type AudioContextLike = Pick<
  AudioContext,
  | 'state'
  | 'currentTime'
  | 'destination'
  | 'resume'
  | 'close'
  | 'decodeAudioData'
  | 'createBufferSource'
  | 'createOscillator'
  | 'createGain'
  | 'addEventListener'
  | 'removeEventListener'
>;

/** Resolves after `ms` of wall-clock time. */
export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
