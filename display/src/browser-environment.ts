import type { DisplayEnvironment } from './display-environment';
import { fetchMediaListing } from './media/media-listing';
import { readDisplaySettings } from './settings/display-settings';
import { createBrowserAnnouncer } from './speech/announcer';
import { createClipSource } from './speech/clip-player';

/** Where the built face serves its voice clips: `public/voice/es/` → `/display/voice/es/`. */
const VOICE_PATH = 'voice/es/';

/**
 * The screen's environment in a browser (or the Electron shell, which opens the same page): the
 * settings from the address, the Web Audio chime and the voice (Web Speech, else the bundled
 * clips), the hub's media listing.
 */
export function browserEnvironment(search: string, baseUrl: string): DisplayEnvironment {
  const settings = readDisplaySettings(search);
  const announcer = createBrowserAnnouncer({
    sound: settings.sound,
    createContext: () => (typeof AudioContext === 'function' ? new AudioContext() : null),
    synth: typeof speechSynthesis === 'object' ? speechSynthesis : null,
    clips: createClipSource(`${baseUrl}${VOICE_PATH}`),
  });
  return { settings, announcer, loadMedia: () => fetchMediaListing() };
}
