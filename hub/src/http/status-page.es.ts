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
  calledTo: (window: string) => `¡Es su turno! Acérquese a la ${window}.`,
  calledHint: 'Lleve su ticket en la mano. Si no se acerca pronto, pasarán al siguiente número.',
  serving: (window: string) => `Lo están atendiendo en la ${window}.`,
  finished: 'Su atención terminó. Gracias por su visita.',
  noShow: 'Lo llamamos y no se presentó. Si aún está en la oficina, acérquese a orientación.',
  cancelled: 'Este ticket fue anulado. Si lo necesita, acérquese a orientación.',
  expired: 'Este ticket venció al cierre de la atención del día.',
  peopleAheadLabel: 'Personas antes que usted',
  waitLabel: 'Espera aproximada',
  waitMinutes: (n: number) => (n <= 1 ? 'Menos de 2 minutos' : `Unos ${n} minutos`),
  waitAdvice: 'Puede sentarse. Esta página le avisará cuando lo llamen.',
  onlineTitle: 'Trámites que puede hacer sin venir',
  onlineIntro: 'La próxima vez, estos trámites se pueden hacer desde su celular o computadora:',
  updated: (time: string) => `La página se actualiza sola. Última actualización: ${time}.`,
  // Satisfaction
  ratingQuestion: '¿Cómo fue su atención?',
  ratingHint: 'Toque una carita. Es anónimo: no pedimos su nombre.',
  scoreLabels: ['Muy mala', 'Mala', 'Regular', 'Buena', 'Muy buena'],
  commentLabel: 'Comentario (opcional)',
  commentHint: (max: number) => `Hasta ${max} letras. No escriba su nombre ni su DNI.`,
  submit: 'Enviar calificación',
  thanksTitle: '¡Gracias por su calificación!',
  thanksBody: 'Su opinión nos ayuda a atender mejor.',
  rated: 'Usted ya calificó esta atención. ¡Gracias!',
  backToTicket: 'Volver a mi turno',
} as const;
