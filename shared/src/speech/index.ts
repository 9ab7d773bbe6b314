// Public surface of the speech helpers shared by the faces (browser only, no React). Explicit
// export lists only.
export type { VoiceInfo } from './pick-voice';
export { pickVoice } from './pick-voice';
