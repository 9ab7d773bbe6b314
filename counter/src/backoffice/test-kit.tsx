import { createFakeHubClient, sampleSyncSnapshot } from '@cac/shared/client';
import type { ExpedienteMove, ExpedienteProgress } from '@cac/shared/domain';
import {
  moveExpediente,
  officeDayOf,
  receiveExpediente,
  workingCalendar,
} from '@cac/shared/domain';
import type { Language } from '@cac/shared/i18n';
import { COMMON_MESSAGES_EN, COMMON_MESSAGES_ES } from '@cac/shared/i18n';
import type { CounterClientEvents, ProcedureView, SyncSnapshot } from '@cac/shared/protocol';
import { HubProvider, I18nProvider } from '@cac/shared/react';
import { render } from '@testing-library/react';
import type { ReactNode } from 'react';
import { BackofficeView } from './backoffice-view';
import { ExpedientePortProvider } from './expediente-port';
import type { FakeExpediente, FakeExpedientePort } from './fake-expediente-port';
import { createFakeExpedientePort } from './fake-expediente-port';

// Test support for the back office's component tests (not a test file itself).

const LIMA = 'America/Lima';
const HOUR = 3_600_000;

/** A time of day in Lima (UTC−5, no daylight saving). */
export function limaTime(date: string, time: string): number {
  return Date.parse(`${date}T${time}:00-05:00`);
}

/** Wednesday 2 December 2026, 10:00 in Lima: the hub's clock in these tests. */
export const NOW = limaTime('2026-12-02', '10:00');

const CALENDAR = workingCalendar(['2026-12-08']);

export const INTAKE_NAME = 'Mesa de partes – solicitud';
export const LICENCE_NAME = 'Licencia de funcionamiento – riesgo bajo';
export const DESTINATIONS = [
  'Gerencia de Desarrollo Urbano',
  'Gerencia de Desarrollo Económico',
  'Secretaría General',
];

const INTAKE: ProcedureView = {
  id: 'solicitud',
  name: INTAKE_NAME,
  kind: 'document-intake',
  requirements: [],
  fee: { kind: 'free' },
  timeLimitWorkingDays: 5,
  documentTypes: ['Solicitud'],
  destinationOffices: DESTINATIONS,
};

function step(
  progress: ExpedienteProgress,
  at: number,
  move: Omit<ExpedienteMove, 'at' | 'on'>,
): ExpedienteProgress {
  const moved = moveExpediente(progress, { ...move, at, on: officeDayOf(at, LIMA) }, CALENDAR);
  if (!moved.ok) throw new Error(`sample move refused: ${moved.error}`);
  return moved.value;
}

function received(at: number, by: string): ExpedienteProgress {
  return receiveExpediente({ at, on: officeDayOf(at, LIMA), by, office: 'Mesa de partes' });
}

/**
 * Four expedientes: 000123 derived to Desarrollo Urbano and past its time limit; 000124 a
 * company's licence just received; 000125 observed on Monday (term until Wednesday); and one of
 * 2025, archived.
 */
export function sampleExpedientes(): FakeExpediente[] {
  const filed123 = limaTime('2026-11-20', '09:15');
  const filed124 = limaTime('2026-12-01', '10:30');
  const filed125 = limaTime('2026-11-30', '08:00');
  const filed45 = limaTime('2025-06-10', '11:00');
  let archived = received(filed45, 'clerk1');
  archived = step(archived, filed45 + HOUR, { to: 'en-evaluacion', by: 'supervisor' });
  archived = step(archived, filed45 + 24 * HOUR, {
    to: 'resuelto',
    by: 'supervisor',
    resolution: 'aprobado',
  });
  archived = step(archived, filed45 + 48 * HOUR, { to: 'notificado', by: 'supervisor' });
  archived = step(archived, filed45 + 72 * HOUR, { to: 'archivado', by: 'supervisor' });
  return [
    {
      number: 'EXP-2026-000123',
      documentTitle: 'Expediente N° 000123-2026-MPC',
      accessKey: '12345678',
      procedureName: INTAKE_NAME,
      applicant: {
        kind: 'person',
        documentType: 'dni',
        document: '45055499',
        names: 'María Quispe Huamán',
      },
      details: {
        documentType: 'Solicitud',
        subject: 'Licencia de obra menor',
        folios: 12,
        destinationOffice: 'Gerencia de Desarrollo Urbano',
      },
      createdAt: filed123,
      dueOn: '2026-11-27',
      progress: step(received(filed123, 'clerk3'), filed123 + 2 * HOUR, {
        to: 'derivado',
        by: 'supervisor',
        office: 'Gerencia de Desarrollo Urbano',
        note: 'Con plano adjunto',
      }),
    },
    {
      number: 'EXP-2026-000124',
      documentTitle: 'Expediente N° 000124-2026-MPC',
      accessKey: '87654321',
      procedureName: LICENCE_NAME,
      applicant: {
        kind: 'company',
        ruc: '20607854247',
        businessName: 'Bodega El Sol S.A.C.',
        representative: { dni: '10117410', names: 'Luis Chávez Rojas' },
      },
      details: { tradeName: 'Bodega El Sol', areaM2: 45, riskLevel: 'bajo' },
      createdAt: filed124,
      dueOn: '2026-12-07',
      progress: received(filed124, 'clerk3'),
    },
    {
      number: 'EXP-2026-000125',
      documentTitle: 'Expediente N° 000125-2026-MPC',
      accessKey: '11223344',
      procedureName: INTAKE_NAME,
      applicant: {
        kind: 'person',
        documentType: 'dni',
        document: '10812543',
        names: 'Rosa Mendoza Cruz',
      },
      details: { subject: 'Constancia de posesión', folios: 3 },
      createdAt: filed125,
      dueOn: '2026-12-07',
      progress: step(received(filed125, 'clerk1'), filed125 + HOUR, {
        to: 'observado',
        by: 'clerk1',
        note: 'Falta copia del DNI',
      }),
    },
    {
      number: 'EXP-2025-000045',
      documentTitle: 'Expediente N° 000045-2025-MPC',
      accessKey: '55667788',
      procedureName: INTAKE_NAME,
      applicant: {
        kind: 'person',
        documentType: 'ce',
        document: '001234567',
        names: 'Carlos Pérez Díaz',
      },
      details: {},
      createdAt: filed45,
      dueOn: '2025-06-17',
      progress: archived,
    },
  ];
}

/** The sample office with the intake procedure (and its destinations) on its first service. */
export function backofficeSnapshot(): SyncSnapshot {
  const sample = sampleSyncSnapshot();
  return {
    ...sample,
    office: {
      ...sample.office,
      services: sample.office.services.map((service, index) =>
        index === 0 ? { ...service, procedures: [INTAKE] } : service,
      ),
    },
  };
}

/** A fake port over {@link sampleExpedientes}, moved by the supervisor at {@link NOW}. */
export function samplePort(): FakeExpedientePort {
  return createFakeExpedientePort({
    expedientes: sampleExpedientes(),
    now: () => NOW,
    user: { id: 'supervisor', name: 'Jorge Cabrera Sánchez' },
    calendar: CALENDAR,
    names: { clerk1: 'Ana Torres Vega', clerk3: 'Pedro Salazar Ruiz' },
  });
}

/** Renders `children` (the back office by default) with the fake hub and port. */
export function renderBackoffice(
  options: { port?: FakeExpedientePort; language?: Language; children?: ReactNode } = {},
): { port: FakeExpedientePort } {
  const port = options.port ?? samplePort();
  const hub = createFakeHubClient<CounterClientEvents>();
  hub.receiveSnapshot(backofficeSnapshot());
  render(
    <I18nProvider
      language={options.language ?? 'es'}
      catalogs={{ es: COMMON_MESSAGES_ES, en: COMMON_MESSAGES_EN }}
    >
      <HubProvider client={hub}>
        <ExpedientePortProvider value={port}>
          {options.children ?? <BackofficeView />}
        </ExpedientePortProvider>
      </HubProvider>
    </I18nProvider>,
  );
  return { port };
}
