/**
 * Strings of the kiosk, in Spanish. Short sentences: many citizens read slowly or not at all.
 * `kiosk.voice.*` are what the kiosk says aloud: full sentences with numbers in words (the screen
 * passes them already written out), never abbreviations a speech engine would spell.
 */
export const KIOSK_MESSAGES_ES = {
  'kiosk.documentTitle': 'Tome su ticket',
  'kiosk.language.name': 'Español',
  'kiosk.language.label': 'Idioma',
  'kiosk.listen': 'Escuchar',
  'kiosk.home.heading': 'Toque el trámite que viene a realizar',
  'kiosk.home.services': 'Trámites',
  'kiosk.home.empty': 'En este momento no hay trámites disponibles. Consulte en orientación.',
  'kiosk.service.waiting': '{count|persona esperando|personas esperando}',
  'kiosk.service.nobodyWaiting': 'Nadie esperando',
  'kiosk.service.estimate': 'Espera aprox. {minutes} min',
  'kiosk.service.noWait': 'Sin espera',
  'kiosk.taking': 'Emitiendo su ticket…',
  'kiosk.preferential.heading': '¿Es usted…?',
  'kiosk.preferential.hint': 'Toque su caso para tener atención preferente.',
  'kiosk.preferential.categories': 'Atención preferente',
  'kiosk.preferential.back': 'Volver',
  'kiosk.category.pregnant': 'Gestante',
  'kiosk.category.senior': 'Adulto mayor',
  'kiosk.category.senior.detail': '60 años o más',
  'kiosk.category.disability': 'Persona con discapacidad',
  'kiosk.category.child': 'Con un niño pequeño',
  'kiosk.category.none': 'Ninguna de las anteriores',
  'kiosk.ticket.heading': 'Retire su ticket',
  'kiosk.ticket.yourNumber': 'Su número es',
  'kiosk.ticket.category': 'Atención preferente: {category}',
  'kiosk.ticket.nobodyAhead': 'Usted es el siguiente',
  'kiosk.ticket.ahead': 'Antes que usted: {count|persona|personas}',
  'kiosk.ticket.estimate': 'Espera aproximada: {minutes} min',
  'kiosk.ticket.qr': 'Siga su turno en su celular',
  'kiosk.ticket.qrLabel': 'Código QR para seguir su turno en el celular',
  'kiosk.ticket.back': 'Toque la pantalla para volver al inicio',
  'kiosk.ticket.notPrinted.heading': 'No se pudo imprimir su ticket.',
  'kiosk.ticket.notPrinted.body':
    'Recuerde su número: {number}. Espere a ser llamado en la pantalla.',
  'kiosk.error.heading': 'No se pudo emitir su ticket',
  'kiosk.error.back': 'Volver al inicio',
  'kiosk.outOfService.heading': 'Fuera de servicio por un momento',
  'kiosk.outOfService.body':
    'Estamos restableciendo la conexión. Espere unos instantes o acérquese a orientación.',
  'kiosk.voice.home': 'Toque el trámite que viene a realizar.',
  'kiosk.voice.service': '{name}: {waiting}[[, {wait}]].',
  'kiosk.voice.nobodyWaiting': 'nadie esperando',
  'kiosk.voice.oneWaiting': 'una persona esperando',
  'kiosk.voice.manyWaiting': '{count} personas esperando',
  'kiosk.voice.wait': 'espera aproximada de {minutes}',
  'kiosk.voice.oneMinute': 'un minuto',
  'kiosk.voice.manyMinutes': '{count} minutos',
  'kiosk.voice.preferential':
    '¿Es usted gestante, adulto mayor de 60 años o más, persona con discapacidad, o viene con un niño pequeño? Toque su imagen para tener atención preferente. Si no, toque el botón de abajo: Ninguna de las anteriores.',
  'kiosk.voice.ticket': 'Su turno es {number}.',
  'kiosk.voice.preferentialTicket': 'Tiene atención preferente.',
  'kiosk.voice.nobodyAhead': 'Usted es el siguiente.',
  'kiosk.voice.oneAhead': 'Hay una persona antes que usted.',
  'kiosk.voice.manyAhead': 'Hay {count} personas antes que usted.',
  'kiosk.voice.estimate': 'Espera aproximada: {minutes}.',
  'kiosk.voice.takeTicket': 'Retire su ticket.',
  'kiosk.voice.notPrinted':
    'No se pudo imprimir su ticket. Recuerde su número: {number}. Espere a ser llamado en la pantalla.',
} as const satisfies Record<string, string>;

/** A key of the kiosk catalog. */
export type KioskMessageKey = keyof typeof KIOSK_MESSAGES_ES;
