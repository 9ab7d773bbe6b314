/** Strings of the waiting-room display, in Spanish; read from up to 10 m away. */
export const DISPLAY_MESSAGES_ES = {
  'display.documentTitle': 'Pantalla de turnos',
  'display.current.heading': 'Turno',
  'display.current.goTo': 'Acérquese a',
  'display.current.none': 'Pronto llamaremos al primer turno',
  'display.recent.heading': 'Últimos llamados',
  'display.recent.none': 'Todavía no hay llamados',
  'display.recent.number': 'Número',
  'display.recent.window': 'Ventanilla',
  'display.queues.heading': 'En espera',
  'display.queues.people': '{count|persona|personas}',
  'display.queues.wait': 'espera {minutes} min',
  'display.announcements.heading': 'Avisos',
} as const satisfies Record<string, string>;

/** A key of the display catalog. */
export type DisplayMessageKey = keyof typeof DISPLAY_MESSAGES_ES;
