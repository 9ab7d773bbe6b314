// A .tsx file although it has no JSX: the `ui` test project collects display tests as *.test.tsx.
import type { CallRecord } from '@cac/shared/domain';
import type { AnnounceOutcome } from './announcement-queue';
import { createBrowserAnnouncer } from './announcer';
import { callAnnouncement } from './call-announcement';
import type { ClipManifest } from './clip-manifest';
import { clipFileStem, clipVocabulary } from './clip-vocabulary';
import { createFakeAudioContext, createFakeClipSource, createFakeSynth } from './fake-audio';

const MANIFEST: ClipManifest = {
  format: 1,
  language: 'es',
  voice: 'test',
  clips: Object.fromEntries(
    clipVocabulary().map((unit) => [unit, { file: `${clipFileStem(unit)}.ogg`, ms: 400 }]),
  ),
  chime: null,
};

const CALL: CallRecord = {
  ticketId: 't1',
  number: 'R-023',
  serviceId: 'registro-civil',
  category: 'none',
  windowId: 'ventanilla-3',
  at: 0,
  callCount: 1,
};
const ANNOUNCEMENT = callAnnouncement(CALL, 'Ventanilla 3');
const PERU = { lang: 'es-PE', localService: true, name: 'Perú' };
const US = { lang: 'en-US', localService: true, name: 'US' };
const CHIME = ['tone 659.25', 'tone 1318.5', 'tone 523.25', 'tone 1046.5'];

/** Runs an announcement to its end under fake timers. */
async function settle(promise: Promise<AnnounceOutcome>): Promise<AnnounceOutcome> {
  let outcome: AnnounceOutcome | undefined;
  void promise.then((value) => {
    outcome = value;
  });
  for (let i = 0; i < 20 && outcome === undefined; i += 1) await vi.advanceTimersByTimeAsync(500);
  if (outcome === undefined) throw new Error('the announcement did not end');
  return outcome;
}

describe('createBrowserAnnouncer', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('rings the chime, then says the call with the Peruvian voice', async () => {
    const context = createFakeAudioContext();
    const speech = createFakeSynth([US, PERU]);
    const announcer = createBrowserAnnouncer({
      sound: true,
      createContext: () => context,
      synth: speech.synth,
      makeUtterance: speech.makeUtterance,
      clips: createFakeClipSource(MANIFEST),
    });
    const pending = announcer.announce(ANNOUNCEMENT);
    await vi.advanceTimersByTimeAsync(1000);
    // The chime first; the voice waits for it to ring out.
    expect(context.heard).toEqual(CHIME);
    expect(speech.spoken).toEqual([]);
    await vi.advanceTimersByTimeAsync(1000);
    expect(speech.spoken.map((u) => [u.text, u.lang, u.voice?.name])).toEqual([
      ['Turno erre veintitrés, ventanilla tres.', 'es-PE', 'Perú'],
    ]);
    speech.finish('end');
    expect(await settle(pending)).toBe('speech');
    expect(announcer.getSoundState()).toBe('ready');
  });

  it('without a Spanish voice, says the call with the recorded clips, in order', async () => {
    const context = createFakeAudioContext();
    const speech = createFakeSynth([US]);
    const clips = createFakeClipSource(MANIFEST);
    const announcer = createBrowserAnnouncer({
      sound: true,
      createContext: () => context,
      synth: speech.synth,
      makeUtterance: speech.makeUtterance,
      clips,
    });
    expect(await settle(announcer.announce(ANNOUNCEMENT))).toBe('clips');
    expect(context.heard).toEqual([
      ...CHIME,
      'clip turno.ogg',
      'clip erre.ogg',
      'clip veintitres.ogg',
      'clip ventanilla.ogg',
      'clip tres.ogg',
    ]);
    expect(speech.spoken).toEqual([]);
  });

  it('falls back to the clips when the speech engine fails', async () => {
    const context = createFakeAudioContext();
    const speech = createFakeSynth([PERU]);
    const announcer = createBrowserAnnouncer({
      sound: true,
      createContext: () => context,
      synth: speech.synth,
      makeUtterance: speech.makeUtterance,
      clips: createFakeClipSource(MANIFEST),
    });
    const pending = announcer.announce(ANNOUNCEMENT);
    await vi.advanceTimersByTimeAsync(2000);
    speech.finish('error');
    expect(await settle(pending)).toBe('clips');
    expect(context.heard.at(-1)).toBe('clip tres.ogg');
  });

  it('rings the chime alone when there is neither a voice nor clips', async () => {
    const context = createFakeAudioContext();
    const announcer = createBrowserAnnouncer({
      sound: true,
      createContext: () => context,
      synth: null,
      clips: createFakeClipSource(null),
    });
    expect(await settle(announcer.announce(ANNOUNCEMENT))).toBe('chime');
    expect(context.heard).toEqual(CHIME);
  });

  it('plays nothing when the screen’s sound is off', async () => {
    let created = 0;
    const announcer = createBrowserAnnouncer({
      sound: false,
      createContext: () => {
        created += 1;
        return createFakeAudioContext();
      },
      synth: createFakeSynth([PERU]).synth,
      clips: createFakeClipSource(MANIFEST),
    });
    expect(await settle(announcer.announce(ANNOUNCEMENT))).toBe('muted');
    expect(created).toBe(0);
    expect(announcer.getSoundState()).toBe('off');
  });

  it('says that the browser blocks sound until a tap, and plays again after one', async () => {
    const context = createFakeAudioContext('suspended');
    context.allowResume = false;
    const speech = createFakeSynth([]);
    const announcer = createBrowserAnnouncer({
      sound: true,
      createContext: () => context,
      synth: speech.synth,
      makeUtterance: speech.makeUtterance,
      clips: createFakeClipSource(MANIFEST),
    });
    const listener = vi.fn();
    announcer.subscribe(listener);
    expect(await settle(announcer.announce(ANNOUNCEMENT))).toBe('blocked');
    expect(announcer.getSoundState()).toBe('blocked');
    expect(context.heard).toEqual([]);

    context.allowResume = true;
    announcer.unlock();
    await vi.advanceTimersByTimeAsync(0);
    expect(announcer.getSoundState()).toBe('ready');
    expect(listener).toHaveBeenCalled();
    expect(await settle(announcer.announce(ANNOUNCEMENT))).toBe('clips');
  });

  it('rings an office’s own chime when the manifest names one', async () => {
    const context = createFakeAudioContext();
    const announcer = createBrowserAnnouncer({
      sound: true,
      createContext: () => context,
      synth: null,
      clips: createFakeClipSource({ ...MANIFEST, chime: { file: 'campana.ogg', ms: 1500 } }),
    });
    await settle(announcer.announce(ANNOUNCEMENT));
    expect(context.heard[0]).toBe('clip campana.ogg');
    expect(context.heard).not.toContain('tone 659.25');
  });
});
