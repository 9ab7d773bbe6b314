import type { Language } from '../i18n';

/** What choosing a voice needs to know of a `SpeechSynthesisVoice`. */
export type VoiceInfo = Pick<SpeechSynthesisVoice, 'lang' | 'localService'>;

/** The region whose accent citizens know best, per language. */
const PREFERRED_REGION: Readonly<Record<Language, string>> = { es: 'es-pe', en: 'en-us' };

function tag(voice: VoiceInfo): string {
  // Android reports `es_PE`; BCP 47 says `es-PE`.
  return voice.lang.replace('_', '-').toLowerCase();
}

/**
 * The voice to speak `language` with, or null when none is installed: the preferred region
 * (es-PE for Spanish), then any voice of the language (es-*). Within each, voices of this machine
 * come before network voices, because the CAC's internet link fails more often than its LAN and a
 * network voice then goes silent mid-sentence. (The kiosk and the displays choose alike.)
 */
export function pickVoice<V extends VoiceInfo>(voices: readonly V[], language: Language): V | null {
  const region = PREFERRED_REGION[language];
  const rank = (voice: V): number => {
    const lang = tag(voice);
    if (lang !== language && !lang.startsWith(`${language}-`)) return Number.POSITIVE_INFINITY;
    return (lang === region ? 0 : 2) + (voice.localService ? 0 : 1);
  };
  let best: V | null = null;
  let bestRank = Number.POSITIVE_INFINITY;
  for (const voice of voices) {
    const r = rank(voice);
    if (r < bestRank) [best, bestRank] = [voice, r];
  }
  return best;
}
