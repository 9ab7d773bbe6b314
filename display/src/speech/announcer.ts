import type { AnnounceOutcome } from './announcement-queue';
import type { AudioContextLike } from './audio-context-like';
import { sleep } from './audio-context-like';
import type { CallAnnouncement } from './call-announcement';
import { playChime } from './chime';
import type { ClipSource } from './clip-player';
import { playClip, playClipSteps } from './clip-player';
import { planClips } from './clip-plan';
import type { SpeechSynthesisLike, UtteranceFactory } from './speak-once';
import { speakOnce, spanishVoice } from './speak-once';

/**
 * Whether this screen can be heard: `off` by its settings; `blocked` while the browser refuses to
 * play sound before someone touches the page (Chromium's autoplay policy; an Electron shell or
 * `--autoplay-policy=no-user-gesture-required` lifts it); `ready` otherwise.
 */
export type SoundState = 'off' | 'starting' | 'ready' | 'blocked';

/** Read through a function: TypeScript would keep a narrowed `state` across an await. */
function stateOf(context: AudioContextLike): AudioContextState {
  return context.state;
}

/** Says calls out loud (the real one below; a fake in component tests). */
export type Announcer = {
  /** Rings the chime, then says the call; resolves when it has finished. */
  announce(announcement: CallAnnouncement): Promise<AnnounceOutcome>;
  getSoundState(): SoundState;
  subscribe(listener: () => void): () => void;
  /** Called from a user gesture (a tap on the screen): lets the browser play sound. */
  unlock(): void;
  dispose(): void;
};

/** Options of {@link createBrowserAnnouncer}. */
export type BrowserAnnouncerOptions = {
  /** False: this screen's sound is off; every announcement is `muted`. */
  sound: boolean;
  /** A new Web Audio context, or null where there is no Web Audio. */
  createContext: () => AudioContextLike | null;
  /** `window.speechSynthesis`, or null where there is none. */
  synth: SpeechSynthesisLike | null;
  /** The recorded clips, for when no Spanish voice is installed. */
  clips: ClipSource;
  makeUtterance?: UtteranceFactory;
  /** How long a resume may take before the browser is taken to block sound. Default 400 ms. */
  resumeWaitMs?: number;
};

/**
 * The display's voice: the chime, then the call by the Web Speech API when a Spanish voice is
 * installed (es-PE first), otherwise by the recorded clips (a Linux Chromium or an Electron often
 * has no voice at all). The chime never waits on a voice, and a voice that fails falls back to
 * the clips; when nothing can speak, the chime alone still rings. The visual call never waits on
 * any of this.
 */
export function createBrowserAnnouncer(options: BrowserAnnouncerOptions): Announcer {
  const listeners = new Set<() => void>();
  const makeUtterance =
    options.makeUtterance ?? ((text: string) => new SpeechSynthesisUtterance(text));
  const resumeWaitMs = options.resumeWaitMs ?? 400;
  let state: SoundState = options.sound ? 'starting' : 'off';
  const context = options.sound ? options.createContext() : null;

  function setState(next: SoundState): void {
    if (next === state) return;
    state = next;
    for (const listener of [...listeners]) listener();
  }

  /** True when the context runs, after asking it to; decides `ready` or `blocked`. */
  async function running(): Promise<boolean> {
    if (!context) return false;
    if (stateOf(context) !== 'running') {
      await Promise.race([context.resume().catch(() => undefined), sleep(resumeWaitMs)]);
    }
    const ok = stateOf(context) === 'running';
    setState(ok ? 'ready' : 'blocked');
    return ok;
  }

  const onStateChange = (): void => {
    if (context?.state === 'running') setState('ready');
  };
  context?.addEventListener('statechange', onStateChange);
  if (options.sound) {
    void running();
    // Ask early, so that the first call is not the one that waits for the clips' list.
    void options.clips.manifest();
  }

  async function chime(): Promise<void> {
    if (!context) return;
    const own = (await options.clips.manifest())?.chime;
    try {
      await (own ? playClip(context, options.clips, own) : playChime(context));
    } catch {
      await playChime(context);
    }
  }

  async function byClips(announcement: CallAnnouncement): Promise<boolean> {
    if (!context || !announcement.parts) return false;
    const manifest = await options.clips.manifest();
    if (!manifest) return false;
    const plan = planClips(announcement.parts, manifest);
    if (!plan.ok) return false;
    try {
      await playClipSteps(context, options.clips, plan.steps);
      return true;
    } catch {
      return false;
    }
  }

  return {
    async announce(announcement) {
      if (!options.sound) return 'muted';
      const audio = await running();
      const voice = options.synth ? spanishVoice(options.synth) : null;
      // Without Web Audio nothing rings, but a speech engine may still talk.
      if (!audio && (context || !voice)) return context ? 'blocked' : 'failed';
      await chime();
      if (voice && options.synth) {
        const said = await speakOnce(options.synth, voice, announcement.text, makeUtterance);
        if (said === 'done') return 'speech';
      }
      if (await byClips(announcement)) return 'clips';
      return 'chime';
    },
    getSoundState: () => state,
    subscribe(listener) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
    unlock() {
      if (!context) return;
      void context.resume().then(onStateChange, () => undefined);
      // A first (empty) utterance inside the gesture lets later ones speak in Chromium.
      options.synth?.speak(makeUtterance(''));
    },
    dispose() {
      listeners.clear();
      context?.removeEventListener('statechange', onStateChange);
      void context?.close().catch(() => undefined);
    },
  };
}
