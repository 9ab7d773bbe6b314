/**
 * Spanish text of the printed ticket and of the printer's problems. The ticket is read by citizens
 * who may read slowly: short lines, no abbreviations but "min". Printer messages say what happened
 * in plain words; the screen that shows them adds what the citizen should do next.
 */
export const TICKET_MESSAGES_ES = {
  'ticket.documentTitle': 'Ticket {number}',
  'ticket.heading': 'SU NÚMERO DE ATENCIÓN ES',
  'ticket.preferential': 'Atención preferente: {category}',
  'ticket.category.pregnant': 'Gestante',
  'ticket.category.senior': 'Persona adulta mayor',
  'ticket.category.disability': 'Persona con discapacidad',
  'ticket.category.child': 'Con niña o niño pequeño',
  'ticket.date': 'Fecha: {date}',
  'ticket.time': 'Hora: {time}',
  'ticket.ahead': 'Personas antes que usted: {count}',
  'ticket.nobodyAhead': 'Usted es el siguiente',
  'ticket.wait': 'Espera aproximada: {minutes} min',
  'ticket.waitUnderOne': 'Espera aproximada: menos de 1 min',
  'ticket.qrCaption': 'Siga su turno desde su celular',
  'ticket.error.number': 'El ticket no tiene número.',
  'ticket.error.counts':
    'Las personas antes del ticket y la espera estimada deben ser números enteros de 0 o más.',
  'ticket.error.category': 'La categoría de atención «{value}» no existe.',
  'ticket.error.issuedAt': 'La fecha de emisión del ticket no es válida: «{value}».',
  'ticket.error.timeZone':
    'La zona horaria «{value}» no es válida: use un nombre IANA como "America/Lima".',
  'ticket.error.statusUrl':
    'No se pudo formar la dirección de consulta del ticket con «{value}»: configure la dirección pública del servidor (p. ej. "http://192.168.1.10:8080").',
  'ticket.printer.offline':
    'No se pudo conectar con la impresora de tickets: está apagada, desconectada o fuera de línea.',
  'ticket.printer.deviceMissing':
    'No se encontró la impresora de tickets en «{path}»: revise que esté encendida y conectada.',
  'ticket.printer.noPaper': 'La impresora de tickets se quedó sin papel.',
  'ticket.printer.coverOpen': 'La tapa de la impresora de tickets está abierta.',
  'ticket.printer.error': 'La impresora de tickets informa un error. Revísela y vuelva a intentar.',
  'ticket.printer.connectionLost':
    'La conexión con la impresora se cortó mientras se enviaba el ticket. Puede que haya salido incompleto: revise la impresora antes de volver a imprimirlo.',
  'ticket.printer.deviceDenied':
    'El sistema no tiene permiso para escribir en la impresora «{path}» (en Linux, el usuario debe pertenecer al grupo lp).',
  'ticket.printer.deviceFailed': 'No se pudo escribir en la impresora «{path}» ({reason}).',
  'ticket.printer.queueMissing':
    'No se encontró el programa «lp» de la cola de impresión (CUPS) en este equipo.',
  'ticket.printer.queueFailed': 'La cola de impresión «{queue}» rechazó el ticket: {reason}',
  'ticket.printer.saveFailed':
    'No se pudo guardar el ticket en la carpeta de datos ({reason}). Revise el espacio libre y los permisos.',
  'ticket.printer.timeout':
    'La impresora de tickets no terminó de recibir el ticket a tiempo. Puede que haya salido incompleto: revise la impresora antes de volver a imprimirlo.',
  'ticket.printer.statusTimeout':
    'La impresora de tickets no respondió a la consulta de estado. Si su modelo no admite esa consulta, desactívela en la configuración de la impresora.',
  'ticket.printer.statusUnreadable':
    'La impresora de tickets respondió a la consulta de estado con datos que no se entienden. Si su modelo no admite esa consulta, desactívela en la configuración de la impresora.',
  'ticket.printer.unexpected': 'Falló la impresión por un error inesperado ({reason}).',
  'ticket.printer.invalidConfig': 'La configuración de la impresora no es válida: {detail}',
} as const satisfies Record<string, string>;

/** A key of the ticket catalog. */
export type TicketMessageKey = keyof typeof TICKET_MESSAGES_ES;
