import { useLanguage } from '@cac/shared/react';
import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useRef,
  useSyncExternalStore,
} from 'react';
import type { ReactNode } from 'react';
import { useKioskSettings } from '../kiosk-settings-context';
import { useSpeaker } from './speaker-context';

/** Whether the citizen at the kiosk now (one visit: from Home to the ticket) asked to listen. */
export type VisitVoice = {
  /** This citizen pressed "Escuchar": read each next screen aloud as it appears. */
  askedForVoice: boolean;
  onAskedForVoice: () => void;
};

const VisitVoiceContext = createContext<VisitVoice>({
  askedForVoice: false,
  onAskedForVoice: () => undefined,
});

/** Props of {@link VisitVoiceProvider}. */
export type VisitVoiceProviderProps = { value: VisitVoice; children: ReactNode };

/** Shares the visit's voice guidance with the screens (the kiosk's `App` owns the state). */
export function VisitVoiceProvider({ value, children }: VisitVoiceProviderProps): ReactNode {
  return <VisitVoiceContext.Provider value={value}>{children}</VisitVoiceContext.Provider>;
}

/** What {@link useVoice} gives a screen. */
export type Voice = VisitVoice & {
  /** Say what matters without being asked: the device's setting, or this citizen asked to listen. */
  guidanceOn: boolean;
  /** A voice for the current language is installed (otherwise "Escuchar" hides). */
  canSpeak: boolean;
  /** Says `text` in the current language. */
  say: (text: string) => void;
  /** The citizen asked to hear `text`: says it and turns guidance on for the rest of the visit. */
  listen: (text: string) => void;
  stop: () => void;
};

/** The kiosk's voice in the current language, with the visit's guidance. */
export function useVoice(): Voice {
  const speaker = useSpeaker();
  const language = useLanguage();
  const visit = useContext(VisitVoiceContext);
  const { voiceGuidance } = useKioskSettings();
  const canSpeak = useSyncExternalStore(
    speaker.subscribe,
    () => speaker.canSpeak(language),
    () => false,
  );
  const say = useCallback((text: string) => speaker.say(text, language), [speaker, language]);
  const stop = useCallback(() => speaker.stop(), [speaker]);
  const { onAskedForVoice } = visit;
  const listen = useCallback(
    (text: string) => {
      onAskedForVoice();
      say(text);
    },
    [onAskedForVoice, say],
  );
  const guidanceOn = voiceGuidance || visit.askedForVoice;
  return { ...visit, guidanceOn, canSpeak, say, listen, stop };
}

/**
 * Says `text` once when the screen appears, if `when` (both as they were at that moment: a count
 * changing later, or guidance turned on by "Escuchar", must not make the screen speak again).
 * Stops talking when the screen goes, so a citizen who moved on does not hear the previous
 * screen; React runs the cleanups of the screen that leaves before the effects of the one that
 * comes, so the next screen's own speech survives.
 */
export function useSpeakOnShow(text: string, when: boolean): void {
  const { say, stop } = useVoice();
  const shown = useRef({ text, when });
  useEffect(() => {
    if (shown.current.when) say(shown.current.text);
    return stop;
  }, [say, stop]);
}
