// Test doubles of the browser's Web Audio and Web Speech, recording what would be heard.
import type { AudioContextLike } from './audio-context-like';
import type { ClipManifest } from './clip-manifest';
import type { ClipSource } from './clip-player';
import type { SpeechSynthesisLike } from './speak-once';

/** A fake AudioContext: `heard` lists every oscillator and clip started, with its time. */
export type FakeAudioContext = AudioContextLike & {
  heard: string[];
  /** Lets `resume()` succeed (true) or hang as under Chromium's autoplay policy (false). */
  allowResume: boolean;
};

export function createFakeAudioContext(initial: AudioContextState = 'running'): FakeAudioContext {
  let state: AudioContextState = initial;
  const listeners = new Set<() => void>();
  const heard: string[] = [];
  const param = () => ({
    value: 0,
    setValueAtTime: () => undefined,
    linearRampToValueAtTime: () => undefined,
    exponentialRampToValueAtTime: () => undefined,
  });
  const node = <T extends object>(extra: T) => ({
    ...extra,
    connect(next: unknown) {
      return next;
    },
  });
  const fake = {
    heard,
    allowResume: true,
    get state() {
      return state;
    },
    currentTime: 0,
    destination: {},
    resume() {
      if (!fake.allowResume) return new Promise<void>(() => undefined);
      state = 'running';
      for (const listener of [...listeners]) listener();
      return Promise.resolve();
    },
    close() {
      state = 'closed';
      return Promise.resolve();
    },
    decodeAudioData(bytes: ArrayBuffer) {
      const file = new TextDecoder().decode(bytes);
      return Promise.resolve({ duration: 0.5, file });
    },
    createBufferSource() {
      return node({
        buffer: null as { file: string } | null,
        start(this: { buffer: { file: string } | null }) {
          heard.push(`clip ${this.buffer?.file ?? '?'}`);
        },
      });
    },
    createOscillator() {
      return node({
        type: 'sine',
        frequency: param(),
        start(this: { frequency: { value: number } }) {
          heard.push(`tone ${this.frequency.value}`);
        },
        stop: () => undefined,
      });
    },
    createGain() {
      return node({ gain: param() });
    },
    addEventListener(_type: string, listener: () => void) {
      listeners.add(listener);
    },
    removeEventListener(_type: string, listener: () => void) {
      listeners.delete(listener);
    },
  };
  return fake as unknown as FakeAudioContext;
}

/** Clips whose "bytes" are their file names, so the fake context can tell which one plays. */
export function createFakeClipSource(manifest: ClipManifest | null): ClipSource & {
  fetched: string[];
} {
  const fetched: string[] = [];
  return {
    fetched,
    manifest: () => Promise.resolve(manifest),
    bytes(file) {
      fetched.push(file);
      return Promise.resolve(new TextEncoder().encode(file).buffer);
    },
  };
}

type Utterance = {
  text: string;
  voice: SpeechSynthesisVoice | null;
  lang: string;
  rate: number;
  listeners: Map<string, () => void>;
  addEventListener(type: string, listener: () => void): void;
};

/** A fake speechSynthesis with these voices; each utterance ends (or fails) when told to. */
export function createFakeSynth(voices: Partial<SpeechSynthesisVoice>[]) {
  const spoken: Utterance[] = [];
  let cancels = 0;
  const synth: SpeechSynthesisLike = {
    getVoices: () => voices as SpeechSynthesisVoice[],
    speak: (utterance) => {
      spoken.push(utterance as unknown as Utterance);
    },
    cancel: () => {
      cancels += 1;
    },
    speaking: false,
    pending: false,
  };
  const makeUtterance = (text: string) => {
    const listeners = new Map<string, () => void>();
    const utterance: Utterance = {
      text,
      voice: null,
      lang: '',
      rate: 1,
      listeners,
      addEventListener: (type, listener) => listeners.set(type, listener),
    };
    return utterance as unknown as SpeechSynthesisUtterance;
  };
  return {
    synth,
    makeUtterance,
    spoken,
    cancels: () => cancels,
    /** Ends the last utterance with `end` or `error`. */
    finish(event: 'end' | 'error' = 'end') {
      spoken.at(-1)?.listeners.get(event)?.();
    },
  };
}
