import type { Ticket, UitTable } from '@cac/shared/domain';
import { DEFAULT_UIT_TABLE } from '@cac/shared/domain';
import type { ProcedureView, ServiceView } from '@cac/shared/protocol';
import { I18nProvider } from '@cac/shared/react';
import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { COUNTER_CATALOGS } from '../messages';
import type { FakeProcedurePort } from './fake-procedure-port';
import { createFakeProcedurePort } from './fake-procedure-port';
import { ProcedurePortProvider } from './procedure-context';
import { ProcedureChooser } from './procedure-panel-host';
import { TEST_PROCEDURES } from './test-catalog';

export {
  BIRTH_COPY,
  INFORMATION,
  INTAKE,
  LICENCE,
  MARRIAGE_COPY,
  TAXES,
  TEST_PROCEDURES,
} from './test-catalog';

/** The ticket being served in the panels' tests. */
export const SERVED_TICKET: Ticket = {
  id: 'ticket-1',
  officeDay: '2026-11-24',
  serviceId: 'servicio',
  number: 'R-001',
  sequence: 1,
  category: 'none',
  status: 'serving',
  arrivalAt: 0,
  issuedAt: 0,
  windowId: 'v1',
  reservedWindowId: null,
  callCount: 1,
  firstCalledAt: 0,
  calledAt: 0,
  startedAt: 0,
  finishedAt: null,
  previousTicketId: null,
};

/** A service offering `procedures`, with the demo's outcomes of the services that run them. */
export function serviceWith(procedures: readonly ProcedureView[]): ServiceView {
  return {
    id: 'servicio',
    name: 'Servicio de prueba',
    prefix: 'R',
    icon: 'registro-civil',
    colour: '#1F6FB2',
    active: true,
    askPreferential: true,
    slaTargetMin: 15,
    outcomes: [
      { code: 'atendido', label: 'Atendido' },
      { code: 'expediente-registrado', label: 'Expediente registrado' },
      { code: 'pagado', label: 'Pago realizado' },
      { code: 'observado', label: 'Observado' },
    ],
    procedures,
  };
}

/** Options of {@link renderPanel}. */
export type PanelHarnessOptions = {
  port?: FakeProcedurePort;
  uitTable?: UitTable;
  finishEnabled?: boolean;
};

/**
 * Renders the procedure chooser of a service offering `procedures` (a single one opens at once),
 * in Spanish, on 2026-11-24, with a fake port.
 */
export function renderPanel(
  procedures: readonly ProcedureView[],
  options: PanelHarnessOptions = {},
) {
  const port =
    options.port ?? createFakeProcedurePort({ today: '2026-11-24', procedures: TEST_PROCEDURES });
  const onFinish = vi.fn();
  const onResult = vi.fn();
  const user = userEvent.setup();
  const view = render(
    <I18nProvider language="es" catalogs={COUNTER_CATALOGS}>
      <ProcedurePortProvider port={port}>
        <ProcedureChooser
          ticket={SERVED_TICKET}
          service={serviceWith(procedures)}
          onFinish={onFinish}
          onResult={onResult}
          finishEnabled={options.finishEnabled ?? true}
          today="2026-11-24"
          uitTable={options.uitTable ?? DEFAULT_UIT_TABLE}
        />
      </ProcedurePortProvider>
    </I18nProvider>,
  );
  return { ...view, port, onFinish, onResult, user };
}
