import { DEFAULT_CALL_POLICY } from '@cac/shared/domain';
import type { OfficeConfig } from '@cac/shared/protocol';
import { DEMO_PROCEDURES } from './demo-procedures';
import { DEMO_PIN, hashDeviceKey, hashPin } from './secrets';

type Service = OfficeConfig['services'][number];

// Procedures and outcomes follow shared/reference/peru-cac.md (MPC's own TUPA was not retrievable, so
// these are the comparable municipalities' families). Colours are dark enough for white text (≥ 4.5:1).
const SERVICES: readonly Service[] = [
  {
    id: 'registro-civil',
    name: 'Registro Civil',
    prefix: 'R',
    icon: 'registro-civil',
    colour: '#1F6FB2',
    slaTargetMin: 20,
    defaultServiceMin: 8,
    active: true,
    askPreferential: true,
    outcomes: [
      { code: 'atendido', label: 'Atendido' },
      { code: 'observado', label: 'Observado: faltan requisitos' },
      { code: 'pendiente-pago', label: 'Pendiente de pago' },
      { code: 'derivado', label: 'Derivado a otra oficina' },
    ],
    procedures: [...(DEMO_PROCEDURES['registro-civil'] ?? [])],
  },
  {
    id: 'licencias',
    name: 'Licencias de Funcionamiento',
    prefix: 'L',
    icon: 'licencias',
    colour: '#2E7D32',
    slaTargetMin: 30,
    defaultServiceMin: 15,
    active: true,
    askPreferential: true,
    outcomes: [
      { code: 'expediente-recibido', label: 'Solicitud recibida' },
      { code: 'observado', label: 'Observado: faltan requisitos' },
      { code: 'orientado', label: 'Orientado sobre requisitos' },
      { code: 'derivado', label: 'Derivado a otra oficina' },
    ],
    procedures: [...(DEMO_PROCEDURES['licencias'] ?? [])],
  },
  {
    id: 'mesa-de-partes',
    name: 'Mesa de Partes',
    prefix: 'M',
    icon: 'mesa-de-partes',
    colour: '#6A1B9A',
    slaTargetMin: 15,
    defaultServiceMin: 6,
    active: true,
    askPreferential: true,
    outcomes: [
      { code: 'expediente-registrado', label: 'Expediente registrado' },
      { code: 'observado', label: 'Observado: 2 días hábiles para subsanar' },
      { code: 'subsanado', label: 'Subsanación recibida' },
      { code: 'consulta-estado', label: 'Consulta de estado atendida' },
      { code: 'derivado', label: 'Derivado a otra oficina' },
    ],
    procedures: [...(DEMO_PROCEDURES['mesa-de-partes'] ?? [])],
  },
  {
    id: 'tributos',
    name: 'Tributos (SAT)',
    prefix: 'T',
    icon: 'tributos',
    colour: '#C62828',
    slaTargetMin: 15,
    defaultServiceMin: 5,
    active: true,
    askPreferential: true,
    outcomes: [
      { code: 'pagado', label: 'Pago realizado' },
      { code: 'consulta-deuda', label: 'Consulta de deuda atendida' },
      { code: 'observado', label: 'Observado: faltan datos o documentos' },
      { code: 'derivado', label: 'Derivado a otra oficina' },
    ],
    procedures: [...(DEMO_PROCEDURES['tributos'] ?? [])],
  },
  {
    id: 'orientacion',
    name: 'Orientación',
    prefix: 'O',
    icon: 'orientacion',
    colour: '#B45309',
    slaTargetMin: 10,
    defaultServiceMin: 4,
    active: true,
    askPreferential: true,
    outcomes: [
      { code: 'orientado', label: 'Orientado' },
      { code: 'derivado', label: 'Derivado a otra ventanilla' },
    ],
    procedures: [...(DEMO_PROCEDURES['orientacion'] ?? [])],
  },
];

/** "Ventanilla <number>", serving `serviceIds` in that order of preference. */
const demoWindow = (number: number, serviceIds: string[]): OfficeConfig['windows'][number] => ({
  id: `ventanilla-${number}`,
  name: `Ventanilla ${number}`,
  number,
  serviceIds,
});

// Every service is served by two windows or more, and the overlaps (Registro Civil ↔ Orientación,
// Licencias ↔ Mesa de Partes, Tributos ↔ Orientación) give transfers somewhere to go.
const WINDOWS: OfficeConfig['windows'] = [
  demoWindow(1, ['registro-civil', 'orientacion']),
  demoWindow(2, ['registro-civil', 'orientacion']),
  demoWindow(3, ['licencias', 'mesa-de-partes']),
  demoWindow(4, ['mesa-de-partes', 'licencias']),
  demoWindow(5, ['tributos', 'orientacion']),
  demoWindow(6, ['tributos', 'orientacion']),
];

const USERS: readonly { id: string; name: string; role: 'clerk' | 'supervisor' | 'admin' }[] = [
  { id: 'admin', name: 'Carmen Rojas Vásquez', role: 'admin' },
  { id: 'supervisor', name: 'Jorge Cabrera Sánchez', role: 'supervisor' },
  { id: 'clerk1', name: 'Ana Quispe Huamán', role: 'clerk' },
  { id: 'clerk2', name: 'Luis Chilón Terrones', role: 'clerk' },
  { id: 'clerk3', name: 'María Díaz Cerna', role: 'clerk' },
  { id: 'clerk4', name: 'José Villanueva Llanos', role: 'clerk' },
  { id: 'clerk5', name: 'Rosa Tafur Mendoza', role: 'clerk' },
  { id: 'clerk6', name: 'Pedro Cotrina Ruiz', role: 'clerk' },
];

/**
 * The demo office of the embedded default (API.md): Centro de Atención al Ciudadano of the
 * Municipalidad Provincial de Cajamarca, five services, six windows, eight users with PIN 1234 and
 * three devices with the published demo keys. `demo: true`, so the hub accepts those secrets.
 * Costs one scrypt hash (about 25 ms); the hub calls it only when the data folder is empty.
 */
export function createDemoOffice(): OfficeConfig {
  // One hash for the eight demo users: their PIN is published in API.md, so a shared salt reveals
  // nothing, and start-up (and every test that starts a demo hub) pays one scrypt instead of eight.
  // A PIN changed later is hashed on its own with a fresh salt.
  const demoPinHash = hashPin(DEMO_PIN);
  return {
    schemaVersion: 1,
    demo: true,
    office: {
      name: 'Centro de Atención al Ciudadano',
      municipality: 'Municipalidad Provincial de Cajamarca',
      timeZone: 'America/Lima',
    },
    hours: { text: 'Lunes a viernes de 07:30 a 15:30' },
    // The real office closes at 15:30, but the demo must be usable at any hour (evaluations, training
    // after work), so its day only closes at midnight.
    dayCloseTime: '23:59',
    noShowMinSeconds: 30,
    callPolicy: {
      ...DEFAULT_CALL_POLICY,
      serviceWeights: { ...DEFAULT_CALL_POLICY.serviceWeights },
    },
    services: SERVICES.map((s) => ({
      ...s,
      outcomes: s.outcomes.map((o) => ({ ...o })),
      procedures: s.procedures.map((p) => ({ ...p })),
    })),
    // Every window prints its documents (cargo, receipt) on the virtual printer:
    // <data>/printed/windows/<windowId>/<day>/.
    windows: WINDOWS.map((w) => ({
      ...w,
      serviceIds: [...w.serviceIds],
      printer: { target: 'file', profile: { paperMm: 80, qr: 'native', codePage: 'PC850' } },
    })),
    users: USERS.map((u) => ({ ...u, username: u.id, pinHash: demoPinHash, active: true })),
    devices: [
      {
        id: 'kiosk-1',
        kind: 'kiosk',
        name: 'Kiosco de la entrada',
        keyHash: hashDeviceKey('demo-kiosk-key'),
        // The embedded default's virtual printer: each ticket's ESC/POS bytes and an SVG preview
        // land in <data>/printed/; native QR so that the bytes carry the status address.
        printer: { target: 'file', profile: { paperMm: 80, qr: 'native', codePage: 'PC850' } },
      },
      {
        id: 'display-1',
        kind: 'display',
        name: 'Pantalla de la sala de espera (izquierda)',
        keyHash: hashDeviceKey('demo-display-key'),
      },
      {
        id: 'display-2',
        kind: 'display',
        name: 'Pantalla de la sala de espera (derecha)',
        keyHash: hashDeviceKey('demo-display-key'),
      },
    ],
    // UIT in céntimos: 2024 S/ 5 150, 2025 S/ 5 350, 2026 S/ 5 500 (DS 301-2025-EF).
    uitTable: { '2024': 515000, '2025': 535000, '2026': 550000 },
    // Peru's national holidays for 2026 and 2027 (Ley 31788 and earlier laws). A demo list: the
    // administrator checks it every year, when the government adds non-working days by decree.
    holidays: [
      ...['01-01', '05-01', '06-07', '06-29', '07-23', '07-28', '07-29', '08-06', '08-30'],
      ...['10-08', '11-01', '12-08', '12-09', '12-25'],
    ]
      .flatMap((day) => [`2026-${day}`, `2027-${day}`])
      .concat(
        // Holy Thursday and Good Friday move with Easter.
        ['2026-04-02', '2026-04-03', '2027-03-25', '2027-03-26'],
      )
      .sort(),
    expedientes: { documentSuffix: 'MPC', receptionOffice: 'Mesa de Partes' },
    papeletas: {
      earlyPercent: 83,
      earlyWorkingDays: 5,
      beforeNotificationPercent: 67,
      excludedInfractions: ['M01', 'M02', 'M03'],
    },
    limits: { ticketsPerMinutePerDevice: 30, loginAttemptsBeforeLock: 5, lockMinutes: 5 },
    announcements: [
      'Horario de atención: lunes a viernes de 07:30 a 15:30.',
      'Atención preferente para gestantes, niñas y niños, personas adultas mayores y personas con discapacidad (Ley 28683).',
      'La primera copia certificada de su acta de nacimiento es gratuita (Ley 29462).',
    ],
    // What citizens can do without queueing, shown on the ticket's page while they wait. A demo
    // list: each municipality writes its own e-services here.
    onlineProcedures: [
      {
        name: 'Copia certificada de acta (RENIEC)',
        where: 'En gob.pe, buscando «copia certificada de acta». Cuesta S/ 10.30.',
        url: 'https://www.gob.pe/',
      },
      {
        name: 'Estado de su expediente',
        where: 'Con el número y la clave de su cargo, en la página «Consulta» de este centro.',
      },
      {
        name: 'Requisitos y costos de cada trámite (TUPA)',
        where: 'En gob.pe, en la página de la municipalidad.',
        url: 'https://www.gob.pe/',
      },
    ],
    ticketFooter: 'Conserve este ticket hasta ser atendido. Gracias por su visita.',
  };
}
