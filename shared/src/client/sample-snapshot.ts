import type { Category, DomainEvent, Ticket } from '../domain';
import { DEFAULT_CALL_POLICY, applyEvents, emptyState } from '../domain';
import type { OfficeView, ServiceView, SyncSnapshot } from '../protocol';

/** 2025-03-10 09:00 in Lima (UTC−5): a Monday morning. */
const MORNING = Date.UTC(2025, 2, 10, 14, 0, 0);
const MINUTE = 60_000;

function service(id: string, name: string, prefix: string, colour: string): ServiceView {
  return {
    id,
    name,
    prefix,
    icon: id,
    colour,
    active: true,
    askPreferential: true,
    slaTargetMin: 20,
    outcomes: [{ code: 'atendido', label: 'Atendido' }],
    procedures: [],
  };
}

/** A waiting ticket of the sample office's day, for tests that need one beyond the snapshot's. */
export function sampleWaitingTicket(
  serviceId: string,
  prefix: string,
  sequence: number,
  at: number,
  category: Category,
): Ticket {
  return {
    id: `${serviceId}-${sequence}`,
    officeDay: '2025-03-10',
    serviceId,
    number: `${prefix}-${String(sequence).padStart(3, '0')}`,
    sequence,
    category,
    status: 'waiting',
    arrivalAt: at,
    issuedAt: at,
    windowId: null,
    reservedWindowId: null,
    callCount: 0,
    firstCalledAt: null,
    calledAt: null,
    startedAt: null,
    finishedAt: null,
    previousTicketId: null,
  };
}

/**
 * A small, realistic snapshot for component tests and screenshots of the faces: three services,
 * three windows (one serving R-001, one open and free, one closed), four people waiting.
 * Built with the shared reducer, so it is a state the hub could really send.
 */
export function sampleSyncSnapshot(): SyncSnapshot {
  const office: OfficeView = {
    name: 'Centro de Atención al Ciudadano',
    municipality: 'Municipalidad Provincial de Cajamarca',
    timeZone: 'America/Lima',
    hoursText: 'Lunes a viernes de 07:30 a 15:30',
    announcements: [
      'Atención preferente para gestantes, personas adultas mayores y con discapacidad.',
    ],
    services: [
      service('registro-civil', 'Registro Civil', 'R', '#1F6FB2'),
      service('licencias', 'Licencias de Funcionamiento', 'L', '#2E7D32'),
      service('tributos', 'Tributos (SAT)', 'T', '#C62828'),
    ],
    windows: [
      { id: 'ventanilla-1', name: 'Ventanilla 1', serviceIds: ['registro-civil'] },
      { id: 'ventanilla-2', name: 'Ventanilla 2', serviceIds: ['licencias', 'tributos'] },
      { id: 'ventanilla-3', name: 'Ventanilla 3', serviceIds: ['tributos'] },
    ],
    uitTable: { '2024': 515000, '2025': 535000, '2026': 550000 },
    staff: [
      { id: 'clerk1', name: 'Ana Quispe Huamán', role: 'clerk' },
      { id: 'clerk2', name: 'Luis Chávez Rojas', role: 'clerk' },
    ],
  };
  const events: DomainEvent[] = [
    {
      type: 'window:opened',
      at: MORNING,
      windowId: 'ventanilla-1',
      clerkId: 'clerk1',
      serviceIds: ['registro-civil'],
    },
    {
      type: 'window:opened',
      at: MORNING,
      windowId: 'ventanilla-2',
      clerkId: 'clerk2',
      serviceIds: ['licencias', 'tributos'],
    },
    {
      type: 'ticket:issued',
      at: MORNING + MINUTE,
      ticket: sampleWaitingTicket('registro-civil', 'R', 1, MORNING + MINUTE, 'none'),
    },
    {
      type: 'ticket:issued',
      at: MORNING + 2 * MINUTE,
      ticket: sampleWaitingTicket('registro-civil', 'R', 2, MORNING + 2 * MINUTE, 'senior'),
    },
    {
      type: 'ticket:issued',
      at: MORNING + 3 * MINUTE,
      ticket: sampleWaitingTicket('registro-civil', 'R', 3, MORNING + 3 * MINUTE, 'none'),
    },
    {
      type: 'ticket:issued',
      at: MORNING + 4 * MINUTE,
      ticket: sampleWaitingTicket('tributos', 'T', 1, MORNING + 4 * MINUTE, 'none'),
    },
    {
      type: 'ticket:issued',
      at: MORNING + 5 * MINUTE,
      ticket: sampleWaitingTicket('tributos', 'T', 2, MORNING + 5 * MINUTE, 'none'),
    },
    {
      type: 'ticket:called',
      at: MORNING + 6 * MINUTE,
      ticketId: 'registro-civil-1',
      windowId: 'ventanilla-1',
      reason: null,
    },
  ];
  return {
    seq: events.length,
    serverNow: MORNING + 10 * MINUTE,
    state: applyEvents(emptyState('2025-03-10'), events),
    rules: {
      timeZone: 'America/Lima',
      dayCloseTime: '15:30',
      services: office.services.map((s) => ({
        id: s.id,
        prefix: s.prefix,
        active: true,
        defaultServiceMin: 8,
        outcomes: ['atendido'],
      })),
      windows: office.windows,
      callPolicy: DEFAULT_CALL_POLICY,
      noShowMinSeconds: 30,
    },
    office,
    session: {
      kind: 'device',
      deviceId: 'kiosk-1',
      role: 'kiosk',
      name: 'Kiosco de la entrada',
      zone: null,
    },
  };
}
