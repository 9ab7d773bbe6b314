// A .tsx file although it has no JSX: the `ui` test project collects kiosk tests as *.test.tsx.
import type { SpeechSynthesisLike } from './web-speaker';
import { createWebSpeaker } from './web-speaker';

type FakeUtterance = {
  text: string;
  voice: SpeechSynthesisVoice | null;
  lang: string;
  rate: number;
  addEventListener: () => void;
};

function fakeSynth(initial: Partial<SpeechSynthesisVoice>[]) {
  let voices = initial as SpeechSynthesisVoice[];
  const spoken: FakeUtterance[] = [];
  let cancels = 0;
  const listeners: (() => void)[] = [];
  const synth: SpeechSynthesisLike = {
    getVoices: () => voices,
    speak: (utterance) => {
      spoken.push(utterance as unknown as FakeUtterance);
    },
    cancel: () => {
      cancels += 1;
    },
    addEventListener: (_type: string, listener: unknown) => {
      listeners.push(listener as () => void);
    },
    removeEventListener: () => undefined,
  };
  return {
    synth,
    spoken,
    cancels: () => cancels,
    publish(next: Partial<SpeechSynthesisVoice>[]) {
      voices = next as SpeechSynthesisVoice[];
      for (const listener of listeners) listener();
    },
  };
}

const makeUtterance = (text: string) =>
  ({
    text,
    voice: null,
    lang: '',
    rate: 1,
    addEventListener: () => undefined,
  }) as unknown as SpeechSynthesisUtterance;

const PERU = { lang: 'es-PE', localService: true, name: 'Peru' };
const SPAIN = { lang: 'es-ES', localService: true, name: 'Spain' };

describe('createWebSpeaker', () => {
  it('says each sentence with the Peruvian voice, a little slowly, after cutting off the last', () => {
    const fake = fakeSynth([SPAIN, PERU]);
    const speaker = createWebSpeaker(fake.synth, makeUtterance);

    speaker.say('Su turno es erre veintitrés. Hay cuatro personas antes que usted.', 'es');

    expect(fake.cancels()).toBe(1);
    expect(
      fake.spoken.map((u) => ({ text: u.text, voice: u.voice?.name, lang: u.lang, rate: u.rate })),
    ).toEqual([
      { text: 'Su turno es erre veintitrés.', voice: 'Peru', lang: 'es-PE', rate: 0.9 },
      { text: 'Hay cuatro personas antes que usted.', voice: 'Peru', lang: 'es-PE', rate: 0.9 },
    ]);
  });

  it('stays silent, and says it cannot speak, without a voice for the language', () => {
    const fake = fakeSynth([{ lang: 'en-US', localService: true, name: 'US' }]);
    const speaker = createWebSpeaker(fake.synth, makeUtterance);
    expect(speaker.canSpeak('es')).toBe(false);
    expect(speaker.canSpeak('en')).toBe(true);
    speaker.say('Hola.', 'es');
    expect(fake.spoken).toEqual([]);
  });

  it('notices voices that arrive late and tells its subscribers', () => {
    const fake = fakeSynth([]);
    const speaker = createWebSpeaker(fake.synth, makeUtterance);
    const listener = vi.fn();
    speaker.subscribe(listener);
    expect(speaker.canSpeak('es')).toBe(false);

    fake.publish([PERU]);

    expect(listener).toHaveBeenCalled();
    expect(speaker.canSpeak('es')).toBe(true);
  });

  it('stops talking on stop()', () => {
    const fake = fakeSynth([PERU]);
    const speaker = createWebSpeaker(fake.synth, makeUtterance);
    speaker.stop();
    expect(fake.cancels()).toBe(1);
  });
});
