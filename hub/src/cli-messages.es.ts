/** Spanish texts printed by `npm start`. */
export const CLI_MESSAGES_ES = {
  ready: (dataDir: string) => `Centro de Atención al Ciudadano listo. Datos en ${dataDir}`,
  kiosk: 'Kiosco:',
  counter: 'Ventanilla:',
  display: 'Pantalla:',
  api: 'API:',
  demoNotice:
    'Oficina de demostración: usuarios admin, supervisor, clerk1…clerk6 con PIN 1234. No la use en producción.',
  badPort: (raw: string) =>
    `CAC_PORT debe ser un número de puerto entre 0 y 65535 (se recibió «${raw}»).`,
  failed: 'El servidor no pudo iniciar:',
} as const;
