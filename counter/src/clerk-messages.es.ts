/**
 * Strings of the clerk's screens (window choice, desk, dialogs), in Spanish. They live in the
 * counter rather than in the shared catalog because only the counter shows them.
 */
export const CLERK_MESSAGES_ES = {
  'clerk.choice.heading': 'Abrir ventanilla',
  'clerk.choice.intro': 'Elija su ventanilla y los servicios que atenderá hoy.',
  'clerk.choice.window': 'Ventanilla',
  'clerk.choice.services': 'Servicios que atenderá hoy',
  'clerk.choice.free': 'Disponible',
  'clerk.choice.takenBy': 'Ocupada por {name}',
  'clerk.choice.waiting': '{count|persona en espera|personas en espera}',
  'clerk.choice.submit': 'Abrir ventanilla',
  'clerk.choice.noService': 'Elija al menos un servicio.',
  'clerk.choice.noWindow': 'Todas las ventanillas están ocupadas. Consulte a su supervisor.',
  'clerk.choice.keys': 'Flechas: elegir · Espacio: marcar o desmarcar · Intro: abrir',

  'clerk.desk.services': 'Atiende: {services}',
  'clerk.desk.shortcuts': 'Pulse la letra de cada botón para usarlo sin el mouse.',
  'clerk.desk.offline': 'Acciones desactivadas hasta que vuelva la conexión.',
  'clerk.desk.working': 'Enviando…',
  'clerk.desk.holdingTicket':
    'Finalice, transfiera o marque como no presentado el ticket {number} antes de cerrar la ventanilla.',

  'clerk.queues.heading': 'Mis colas',
  'clerk.queues.service': 'Servicio',
  'clerk.queues.waiting': 'En espera',
  'clerk.queues.preferential': 'Preferenciales',
  'clerk.queues.oldest': 'Espera mayor',
  'clerk.queues.reserved': 'Enviados a esta ventanilla',
  'clerk.policy.heading': 'Orden de llamada',

  'clerk.current.heading': 'Ticket actual',
  'clerk.current.idle': 'Ventanilla libre. Llame al siguiente con la tecla L.',
  'clerk.current.calling': 'Llamando',
  'clerk.current.serving': 'En atención',
  'clerk.current.calls': 'Llamado {count|vez|veces}',
  'clerk.current.sinceCall': 'Desde el llamado',
  'clerk.current.serviceTime': 'Tiempo de atención',
  'clerk.current.arrived': 'Llegó a las {time}',
  'clerk.current.transferred': 'Viene transferido',
  'clerk.current.noShowWait':
    '«No se presentó» se habilita en {seconds|segundo|segundos}, por si la persona está en camino.',

  'clerk.category.none': 'Sin preferencia',
  'clerk.category.pregnant': 'Preferencial: gestante',
  'clerk.category.senior': 'Preferencial: adulto mayor',
  'clerk.category.disability': 'Preferencial: persona con discapacidad',
  'clerk.category.child': 'Preferencial: con niño en brazos',

  'clerk.actions.heading': 'Acciones',
  'clerk.action.call-next': 'Llamar siguiente',
  'clerk.action.recall': 'Rellamar',
  'clerk.action.no-show': 'No se presentó',
  'clerk.action.start': 'Iniciar atención',
  'clerk.action.finish': 'Finalizar',
  'clerk.action.transfer': 'Transferir',
  'clerk.action.call-ticket': 'Llamar ticket específico',
  'clerk.action.pause': 'Pausa',
  'clerk.action.resume': 'Reanudar',
  'clerk.action.close': 'Cerrar ventanilla',
  'clerk.action.logout': 'Cerrar sesión',

  'clerk.served.heading': 'Atendidos en esta sesión',
  'clerk.served.empty': 'Todavía no atendió a nadie en esta sesión.',
  'clerk.served.count': '{count|ticket|tickets}',
  'clerk.served.times': '{time} · atención {duration}',
  'clerk.served.noShow': 'No se presentó',
  'clerk.served.transferred': 'Transferido a {target}',

  'clerk.procedure.heading': 'Panel del trámite',
  'clerk.procedure.idle': 'Aquí aparecerá el panel del trámite del ticket en atención.',
  'clerk.procedure.pending':
    '{service} no tiene trámites configurados. Finalice la atención con la tecla F.',

  'form.dialog.back': 'Volver',
  'form.dialog.working': 'Enviando…',
  'clerk.dialog.cancel': 'Cancelar',

  'clerk.finish.heading': 'Finalizar la atención de {number}',
  'clerk.finish.outcome': 'Resultado de la atención',
  'clerk.finish.note': 'Nota (opcional)',
  'clerk.finish.link': 'La atención queda vinculada al {link}.',
  'clerk.finish.submit': 'Finalizar atención',

  'clerk.transfer.heading': 'Transferir {number}',
  'clerk.transfer.kind': 'Destino',
  'clerk.transfer.toService': 'Otro servicio',
  'clerk.transfer.toWindow': 'Una ventanilla',
  'clerk.transfer.service': 'Servicio de destino',
  'clerk.transfer.window': 'Ventanilla de destino',
  'clerk.transfer.windowOpen': '{name} (abierta: {clerk})',
  'clerk.transfer.windowPaused': '{name} (en pausa: {clerk})',
  'clerk.transfer.windowClosed': '{name} (cerrada)',
  'clerk.transfer.note': 'Nota para quien lo reciba (opcional)',
  'clerk.transfer.keepsPlace': 'El ticket conserva su lugar por hora de llegada.',
  'clerk.transfer.noTarget': 'No hay otro destino posible.',
  'clerk.transfer.submit': 'Transferir',

  'clerk.callTicket.heading': 'Llamar un ticket específico',
  'clerk.callTicket.ticket': 'Tickets en espera (en orden de llamada)',
  'clerk.callTicket.option': '{number} · {service} · {category} · {minutes} min',
  'clerk.callTicket.reason': 'Motivo (obligatorio; queda registrado)',
  'clerk.callTicket.reasonShort': 'Escriba un motivo de al menos 3 caracteres.',
  'clerk.callTicket.empty': 'No hay tickets en espera para esta ventanilla.',
  'clerk.callTicket.submit': 'Llamar',

  'clerk.pause.heading': 'Pausar la atención',
  'clerk.pause.reason': 'Motivo de la pausa',
  'clerk.pause.submit': 'Pausar',
  'clerk.pauseReason.refrigerio': 'Refrigerio',
  'clerk.pauseReason.capacitacion': 'Capacitación',
  'clerk.pauseReason.soporte': 'Soporte técnico',
  'clerk.pauseReason.otro': 'Otro motivo',
  'clerk.paused.heading': 'Ventanilla en pausa',
  'clerk.paused.since': '{reason} desde las {time}',
  'clerk.paused.resumeHint': 'Pulse P para reanudar la atención.',

  'clerk.close.heading': '¿Cerrar la ventanilla?',
  'clerk.close.body':
    'Dejará de recibir llamados hasta que la vuelva a abrir. Quienes esperan siguen en la cola.',
  'clerk.close.submit': 'Cerrar ventanilla',
} as const satisfies Record<string, string>;

/** A key of the clerk catalog. */
export type ClerkMessageKey = keyof typeof CLERK_MESSAGES_ES;
