/** Strings of the kiosk, in Spanish. Short sentences: many citizens read slowly or not at all. */
export const KIOSK_MESSAGES_ES = {
  'kiosk.documentTitle': 'Tome su ticket',
  'kiosk.home.heading': 'Toque el trámite que viene a realizar',
  'kiosk.home.services': 'Trámites',
  'kiosk.home.empty': 'En este momento no hay trámites disponibles. Consulte en orientación.',
  'kiosk.service.waiting': '{count|persona esperando|personas esperando}',
  'kiosk.service.nobodyWaiting': 'Nadie esperando',
  'kiosk.service.estimate': 'Espera aprox. {minutes} min',
  'kiosk.service.noWait': 'Sin espera',
  'kiosk.taking': 'Emitiendo su ticket…',
  'kiosk.ticket.heading': 'Retire su ticket',
  'kiosk.ticket.yourNumber': 'Su número es',
  'kiosk.ticket.nobodyAhead': 'Usted es el siguiente',
  'kiosk.ticket.ahead': 'Antes que usted: {count|persona|personas}',
  'kiosk.ticket.estimate': 'Espera aproximada: {minutes} min',
  'kiosk.ticket.back': 'Toque la pantalla para volver al inicio',
  'kiosk.error.heading': 'No se pudo emitir su ticket',
  'kiosk.error.back': 'Volver al inicio',
  'kiosk.outOfService.heading': 'Fuera de servicio por un momento',
  'kiosk.outOfService.body':
    'Estamos restableciendo la conexión. Espere unos instantes o acérquese a orientación.',
} as const satisfies Record<string, string>;

/** A key of the kiosk catalog. */
export type KioskMessageKey = keyof typeof KIOSK_MESSAGES_ES;
