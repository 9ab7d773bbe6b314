/** Strings of the clerks' counter app, in Spanish. */
export const COUNTER_MESSAGES_ES = {
  'counter.documentTitle': 'Atención en ventanilla',
  'counter.login.heading': 'Ingreso del personal',
  'counter.login.username': 'Usuario',
  'counter.login.pin': 'PIN',
  'counter.login.submit': 'Ingresar',
  'counter.login.submitting': 'Ingresando…',
  'counter.login.networkError':
    'No se pudo contactar al servidor. Verifique la red e intente de nuevo.',
  'counter.login.sessionEnded': 'Su sesión terminó. Ingrese de nuevo.',
  'counter.header.signedInAs': 'Sesión de {name} ({role})',
  'counter.role.clerk': 'ventanilla',
  'counter.role.supervisor': 'supervisión',
  'counter.role.admin': 'administración',
  'counter.logout': 'Cerrar sesión',
  'counter.windows.heading': 'Ventanillas',
  'counter.windows.window': 'Ventanilla',
  'counter.windows.state': 'Estado',
  'counter.windows.clerk': 'Personal',
  'counter.windows.ticket': 'Ticket',
  'counter.window.closed': 'Cerrada',
  'counter.window.free': 'Libre',
  'counter.window.paused': 'En pausa',
  'counter.window.calling': 'Llamando',
  'counter.window.serving': 'Atendiendo',
  'counter.services.heading': 'Colas por trámite',
  'counter.services.service': 'Trámite',
  'counter.services.waiting': 'En espera',
  'counter.services.preferential': 'Preferenciales',
  'counter.services.estimate': 'Espera estimada',
  'counter.none': '—',
} as const satisfies Record<string, string>;

/** A key of the counter catalog. */
export type CounterMessageKey = keyof typeof COUNTER_MESSAGES_ES;
