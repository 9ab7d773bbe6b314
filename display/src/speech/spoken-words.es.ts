/**
 * What the display's voice says, in Spanish, the language of the hall whatever the screen shows.
 * The sentences give the speech engine its text; the words are also the units of the recorded
 * clips (see clip-vocabulary.ts), so a phrase changed here must be recorded again.
 */
export const SPOKEN_WORDS_ES = {
  /** A first call: "Turno erre veintitrés, ventanilla tres." */
  call: 'Turno {ticket}, {window}.',
  /** A recall: "Segundo llamado. Turno erre veintitrés, ventanilla tres." */
  recall: '{recall}. Turno {ticket}, {window}.',
  /** The word before the number, as a clip. */
  turn: 'turno',
  /** The recalls by their count (2 = the first recall). */
  recalls: {
    2: 'segundo llamado',
    3: 'tercer llamado',
    4: 'cuarto llamado',
    5: 'quinto llamado',
  } as Readonly<Record<number, string>>,
  /** A sixth call or later. */
  anotherRecall: 'nuevo llamado',
  /** Digits of a sequence beyond 9999 (never in a real day) are spelled; zero is one of them. */
  zero: 'cero',
  /**
   * Words that name a window in Spanish-speaking offices, recorded as clips so that "Caja 2" or
   * "Módulo B" can be said without a speech engine. An office whose windows use another word adds
   * it with `--office` when generating the clips.
   */
  windowWords: [
    'ventanilla',
    'caja',
    'módulo',
    'mesa',
    'puesto',
    'oficina',
    'escritorio',
    'sala',
    'consultorio',
    'box',
  ],
} as const;
