import { COMMON_MESSAGES_EN, COMMON_MESSAGES_ES } from '@cac/shared/i18n';
import type { AdminConfigView, AuditEntryView } from '@cac/shared/protocol';
import { createFakeHubClient } from '@cac/shared/client';
import type { FakeHubClient } from '@cac/shared/client';
import { HubProvider, I18nProvider } from '@cac/shared/react';
import { render } from '@testing-library/react';
import { AdminPortProvider } from './admin-port';
import { AdminView } from './admin-view';
import type { FakeAdminPort } from './fake-admin-port';
import { createFakeAdminPort } from './fake-admin-port';

// Test support for the admin screens' component tests (not a test file itself).

type Service = AdminConfigView['services'][number];

/** A service of this kit: active, asks for preferential attention, one outcome, no procedures. */
function service(id: string, name: string, prefix: string, more: Partial<Service> = {}): Service {
  return {
    id,
    name,
    prefix,
    icon: id,
    colour: '#1F6FB2',
    slaTargetMin: 15,
    defaultServiceMin: 5,
    active: true,
    askPreferential: true,
    outcomes: [{ code: 'atendido', label: 'Atendido' }],
    procedures: [],
    ...more,
  };
}

/** A small office: two services (one with a licence procedure's advanced fields), two windows. */
export function sampleConfig(): AdminConfigView {
  return {
    schemaVersion: 1,
    demo: true,
    office: {
      name: 'CAC Central',
      municipality: 'Municipalidad Provincial',
      timeZone: 'America/Lima',
    },
    hours: { text: 'Lunes a viernes de 8:00 a 16:30' },
    dayCloseTime: '17:00',
    noShowMinSeconds: 30,
    callPolicy: { preferentialFirst: true, maxPreferentialInRow: 3, serviceWeights: {} },
    services: [
      service('licencias', 'Licencias', 'L', {
        procedures: [
          {
            id: 'licencia',
            name: 'Licencia de funcionamiento',
            kind: 'business-licence',
            requirements: ['Solicitud'],
            fee: { kind: 'uit-percent', percent: '4.68' },
            timeLimitWorkingDays: 15,
            riskLevels: {
              bajo: {
                itse: 'after',
                timeLimitWorkingDays: 4,
                fee: { kind: 'fixed', centimos: 12_000 },
                requirements: ['DJ'],
              },
            },
          },
        ],
      }),
      service('orientacion', 'Orientación', 'O'),
    ],
    windows: [
      { id: 'ventanilla-1', name: 'Ventanilla 1', number: 1, serviceIds: ['licencias'] },
      { id: 'ventanilla-2', name: 'Ventanilla 2', number: 2, serviceIds: ['orientacion'] },
    ],
    users: [
      { id: 'admin', username: 'admin', name: 'Carmen Rojas', role: 'admin', active: true },
      { id: 'clerk1', username: 'clerk1', name: 'Ana Quispe', role: 'clerk', active: true },
    ],
    devices: [{ id: 'kiosco-entrada', kind: 'kiosk', name: 'Kiosco de la entrada' }],
    uitTable: { '2026': 550_000 },
    holidays: ['2026-12-08'],
    expedientes: { documentSuffix: 'MPC', receptionOffice: 'Mesa de Partes' },
    papeletas: {
      earlyPercent: 83,
      earlyWorkingDays: 5,
      beforeNotificationPercent: 67,
      excludedInfractions: ['M01'],
    },
    limits: { ticketsPerMinutePerDevice: 30, loginAttemptsBeforeLock: 5, lockMinutes: 5 },
    announcements: ['Bienvenidos', 'Tenga su DNI a la mano'],
    onlineProcedures: [],
    ticketFooter: 'Gracias',
  };
}

/** Renders the admin view over a fake port holding {@link sampleConfig}. */
export function renderAdmin(
  options: { audit?: readonly AuditEntryView[]; config?: AdminConfigView } = {},
): { port: FakeAdminPort; hub: FakeHubClient } {
  const port = createFakeAdminPort(options.config ?? sampleConfig(), options.audit ?? []);
  // The hub's snapshots tell the view that the configuration may have changed elsewhere.
  const hub = createFakeHubClient();
  render(
    <I18nProvider language="es" catalogs={{ es: COMMON_MESSAGES_ES, en: COMMON_MESSAGES_EN }}>
      <HubProvider client={hub}>
        <AdminPortProvider value={port}>
          <AdminView />
        </AdminPortProvider>
      </HubProvider>
    </I18nProvider>,
  );
  return { port, hub };
}
