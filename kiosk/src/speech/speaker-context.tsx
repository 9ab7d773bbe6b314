import { createContext, useContext } from 'react';
import type { ReactNode } from 'react';
import type { Speaker } from './speaker';
import { SILENT_SPEAKER } from './speaker';

const SpeakerContext = createContext<Speaker>(SILENT_SPEAKER);

/** Props of {@link SpeakerProvider}. */
export type SpeakerProviderProps = { speaker: Speaker; children: ReactNode };

/** Gives the screens below a voice: the browser's in `main.tsx`, a fake in tests. */
export function SpeakerProvider({ speaker, children }: SpeakerProviderProps): ReactNode {
  return <SpeakerContext.Provider value={speaker}>{children}</SpeakerContext.Provider>;
}

/** The nearest {@link SpeakerProvider}'s speaker; a silent one without a provider. */
export function useSpeaker(): Speaker {
  return useContext(SpeakerContext);
}
