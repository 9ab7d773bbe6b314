/**
 * Text of the documents printed at a window: the cargo of a filing (mesa de partes) and the
 * receipt of a tax payment. They are records of an administrative procedure, issued in Spanish
 * whatever language the citizen was served in; wording an office wants changed is changed here.
 */
export const DOCUMENT_MESSAGES_ES = {
  'cargo.documentTitle': 'Cargo {number}',
  'cargo.heading': 'CARGO DE RECEPCIÓN',
  'cargo.received': 'Recibido: {date}, {time}',
  'cargo.procedure': 'Trámite: {procedure}',
  'cargo.subject': 'Asunto: {subject}',
  'cargo.folios': 'Folios: {count}',
  'cargo.destination': 'Destino: {office}',
  'cargo.window': 'Atendido en: {window}',
  'cargo.observed': 'OBSERVADO: {note}',
  'cargo.observedDeadline':
    'Tiene hasta el {date} para subsanar; si no, el trámite se tendrá por no presentado.',
  'cargo.dueDate': 'Plazo de atención: hasta el {date}',
  'cargo.accessKey': 'Clave de consulta: {key}',
  'cargo.lookup': 'Siga su trámite con el número y la clave en el kiosco o en:',
  'cargo.keep': 'Conserve este cargo.',
  'receipt.documentTitle': 'Recibo {number}',
  'receipt.heading': 'RECIBO DE PAGO',
  'receipt.paidAt': 'Fecha: {date}, {time}',
  'receipt.taxpayer': 'Contribuyente: {code}',
  'receipt.discount': 'Descuento {percent}%: -{amount}',
  'receipt.line': 'Importe: {amount}',
  'receipt.toPay': 'Pagado: {amount}',
  'receipt.total': 'TOTAL PAGADO: {amount}',
  'receipt.method': 'Medio de pago: {method}',
  'receipt.reference': 'Operación: {reference}',
  'receipt.window': 'Caja: {window}',
  'receipt.method.efectivo': 'Efectivo',
  'receipt.method.tarjeta': 'Tarjeta',
  'receipt.method.transferencia': 'Transferencia bancaria',
  'receipt.method.yape': 'Yape',
  'receipt.keep': 'Conserve este recibo: es su comprobante de pago.',
} as const satisfies Record<string, string>;

/** A key of the document catalog. */
export type DocumentMessageKey = keyof typeof DOCUMENT_MESSAGES_ES;
