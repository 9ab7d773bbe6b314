/** Spanish texts of the citizen's ticket status page (what the QR code on the ticket opens). */
export const STATUS_PAGE_ES = {
  title: 'Estado de su turno',
  yourTicket: 'Su número de atención',
  notFound: 'No encontramos ese ticket. Revise que el enlace del código QR esté completo.',
  waitingAhead: (n: number) =>
    n === 0
      ? 'Usted es el siguiente.'
      : n === 1
        ? 'Hay 1 persona antes que usted.'
        : `Hay ${n} personas antes que usted.`,
  calledTo: (window: string) => `Lo están llamando: acérquese a ${window}.`,
  serving: (window: string) => `Está siendo atendido en ${window}.`,
  finished: 'Su atención terminó. Gracias por su visita.',
  noShow: 'Lo llamamos y no se presentó. Si aún está en la oficina, acérquese a orientación.',
  cancelled: 'Este ticket fue anulado. Si lo necesita, acérquese a orientación.',
  expired: 'Este ticket venció al cierre de la atención del día.',
  updated: (time: string) => `Actualizado a las ${time}. La página se actualiza sola.`,
} as const;
