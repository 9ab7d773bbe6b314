/** Spanish texts of the few pages the hub renders itself. */
export const HUB_PAGES_ES = {
  title: 'Centro de Atención al Ciudadano',
  faces: 'Pantallas del sistema de turnos',
  kiosk: 'Kiosco de tickets',
  counter: 'Ventanilla (personal)',
  display: 'Pantalla de llamados',
  api: 'API pública (OpenAPI)',
  notBuilt:
    'Esta pantalla aún no está compilada. Ejecute «npm run build:faces» (o «npm start», que la compila) y recargue.',
} as const;
