/**
 * The display's own sentences, in Spanish, beside the shared `display.*` catalog: they live here
 * because only the display shows them (the counter keeps its clerk's sentences the same way).
 */
export const SCREEN_MESSAGES_ES = {
  'screen.current.preferential': 'Atención preferente',
  'screen.current.recall.2': 'Segundo llamado',
  'screen.current.recall.3': 'Tercer llamado',
  'screen.current.recall.4': 'Cuarto llamado',
  'screen.current.recall.5': 'Quinto llamado',
  'screen.current.recall.more': 'Nuevo llamado',
  'screen.category.pregnant': 'Gestante',
  'screen.category.senior': 'Persona adulta mayor',
  'screen.category.disability': 'Persona con discapacidad',
  'screen.category.child': 'Con niña o niño en brazos',
  'screen.recent.latest': 'Último',
  'screen.media.label': 'Información municipal',
  'screen.logo': 'Logo de {municipality}',
  'screen.sound.enable': 'Toque aquí para activar el sonido de los llamados',
  'screen.sound.log': 'Llamados anunciados',
  // The rating pad at a window (`?pad=<windowId>`, issue 7).
  'pad.idle': 'Gracias por su visita',
  'pad.idleHint': 'Al terminar su atención, podrá calificarla aquí.',
  'pad.question': '¿Cómo fue su atención?',
  'pad.ticket': 'Turno {number}',
  'pad.hint': 'Toque una carita. Es anónimo.',
  'pad.score.1': 'Muy mala',
  'pad.score.2': 'Mala',
  'pad.score.3': 'Regular',
  'pad.score.4': 'Buena',
  'pad.score.5': 'Muy buena',
  'pad.thanks': '¡Gracias!',
  'pad.thanksHint': 'Su opinión nos ayuda a atender mejor.',
  'pad.unknownWindow':
    'La ventanilla «{windowId}» no está en la configuración. Revise la dirección de esta pantalla.',
} as const satisfies Record<string, string>;

/** A key of the display's own catalog. */
export type ScreenMessageKey = keyof typeof SCREEN_MESSAGES_ES;
