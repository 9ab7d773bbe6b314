/** Spanish texts of the public expediente lookup page (what the cargo's QR code opens). */
export const CONSULTA_PAGE_ES = {
  title: 'Consulte su trámite',
  intro:
    'Escriba el número de expediente y la clave de consulta que figuran en su cargo. No necesita cuenta ni datos personales.',
  numberLabel: 'Número de expediente',
  numberHint: 'Por ejemplo: EXP-2026-000123 o 000123-2026',
  keyLabel: 'Clave de consulta (8 números)',
  submit: 'Consultar',
  badNumber: 'Ese número de expediente no tiene la forma del cargo. Ejemplo: 000123-2026.',
  badKey: 'La clave de consulta tiene 8 números. Revise su cargo.',
  tooMany: (seconds: number) =>
    `Hizo muchas consultas seguidas. Espere ${seconds} segundos e inténtelo de nuevo.`,
  current: 'Estado actual',
  history: 'Historial',
  receivedBy: 'Presentado en',
  another: 'Consultar otro expediente',
} as const;
