/** Spanish texts of the public open-data page `/transparencia` (issue 7). */
export const TRANSPARENCY_PAGE_ES = {
  title: 'Transparencia: atención al ciudadano',
  /** `day` is YYYY-MM-DD; written the way people say it: "lunes 23 de noviembre de 2026". */
  today: (day: string) =>
    `Atención de hoy, ${new Intl.DateTimeFormat('es-PE', {
      timeZone: 'UTC',
      weekday: 'long',
      day: 'numeric',
      month: 'long',
      year: 'numeric',
    }).format(new Date(`${day}T12:00:00Z`))}`,
  intro:
    'Cifras de la atención en ventanillas, por servicio. Son datos abiertos: no contienen datos personales.',
  columns: {
    service: 'Servicio',
    issued: 'Tickets emitidos',
    served: 'Atendidos',
    waiting: 'En espera ahora',
    avgWait: 'Espera promedio',
    p90Wait: 'Espera del 90 %',
  },
  minutes: (value: number | null) =>
    value === null ? '—' : `${value.toLocaleString('es-PE')} min`,
  p90Note:
    '"Espera del 90 %": nueve de cada diez personas esperaron ese tiempo o menos antes de ser llamadas.',
  swipe: 'En un teléfono, deslice la tabla hacia la izquierda para ver todas las columnas.',
  empty: 'Todavía no se ha emitido ningún ticket hoy.',
  chartTitle: 'Espera promedio de hoy por servicio (minutos)',
  chartNoData: 'sin llamados aún',
  downloadTitle: 'Descargar las cifras diarias',
  downloadIntro:
    'Un archivo CSV (se abre con Excel) con las cifras de cada día y servicio: emitidos, atendidos, no se presentaron, espera promedio y del 90 %. Hasta 366 días.',
  from: 'Desde',
  to: 'Hasta',
  download: 'Descargar CSV',
  json: 'Las mismas cifras de hoy en formato JSON',
  updated: (time: string) =>
    `Actualizado a las ${time}. Vuelva a cargar la página para ver cifras nuevas.`,
} as const;

/** Spanish column headers of the daily open-data CSV. */
export const DAILY_CSV_HEADERS_ES = [
  'Día',
  'Código de servicio',
  'Servicio',
  'Tickets emitidos',
  'Atendidos',
  'No se presentaron',
  'Espera promedio (min)',
  'Espera percentil 90 (min)',
] as const;
