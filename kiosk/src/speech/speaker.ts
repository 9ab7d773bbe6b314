import type { Language } from '@cac/shared/i18n';

/**
 * What the kiosk needs from a voice. The browser's Web Speech API sits behind it
 * (`createWebSpeaker`); component tests inject `createFakeSpeaker` and read what would be said.
 */
export type Speaker = {
  /** True when a voice for `language` is installed. Voices arrive late (see `subscribe`). */
  canSpeak(language: Language): boolean;
  /** Says `text` in `language`, cutting off whatever was being said. Silent without a voice. */
  say(text: string, language: Language): void;
  /** Stops talking (the citizen left the screen that was being read). */
  stop(): void;
  /** Calls `listener` when the installed voices change; returns the unsubscribe function. */
  subscribe(listener: () => void): () => void;
};

/** A kiosk without speech (no `speechSynthesis`, or none wanted): every "Escuchar" button hides. */
export const SILENT_SPEAKER: Speaker = {
  canSpeak: () => false,
  say: () => undefined,
  stop: () => undefined,
  subscribe: () => () => undefined,
};
