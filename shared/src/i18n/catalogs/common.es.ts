/**
 * Strings every face shares (connection state, pairing, generic errors), in Spanish: the default
 * language of the suite and the one every other language is checked against.
 */
export const COMMON_MESSAGES_ES = {
  'common.connection.connecting': 'Conectando…',
  'common.connection.reconnecting': 'Reconectando…',
  'common.connection.offline': 'Sin conexión con el servidor. Reconectando…',
  'common.connection.online': 'Conectado',
  'common.connection.rejected': 'El servidor rechazó la conexión: {message}',
  'common.error.timeout': 'El servidor no respondió a tiempo. Intente de nuevo.',
  'common.error.offline': 'Sin conexión con el servidor. Intente de nuevo en un momento.',
  'common.error.unexpected': 'Ocurrió un error inesperado. Intente de nuevo.',
  'common.loading': 'Cargando…',
  'common.unpaired.title': 'Dispositivo no emparejado',
  'common.unpaired.body': 'Este equipo todavía no tiene una clave de dispositivo del servidor.',
  'common.unpaired.howTo':
    'Para emparejarlo, agregue ?key=CLAVE al final de la dirección de esta página. La clave la entrega el administrador del sistema.',
  'common.unpaired.rejected': 'El servidor no aceptó la clave de este dispositivo: {message}',
  'common.minutes': '{count} min',
} as const satisfies Record<string, string>;

/** A key of the common catalog. */
export type CommonMessageKey = keyof typeof COMMON_MESSAGES_ES;
