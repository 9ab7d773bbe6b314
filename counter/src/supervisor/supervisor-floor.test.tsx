import type { KioskStatusView } from '@cac/shared/protocol';
import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import axe from 'axe-core';
import { MINUTE, MORNING, applyToHub, renderFloor } from './test-kit';

function rowOf(tableName: string, rowName: string): HTMLElement {
  const table = screen.getByRole('region', { name: tableName });
  const header = within(table).getByRole('rowheader', { name: new RegExp(rowName) });
  const row = header.closest('tr');
  if (!row) throw new Error(`no row ${rowName}`);
  return row;
}

const KIOSKS: KioskStatusView[] = [
  {
    deviceId: 'kiosk-1',
    name: 'Kiosco de la entrada',
    online: true,
    connectionSince: MORNING - 30 * MINUTE,
    printsAtHub: false,
    printer: {
      condition: 'no_paper',
      code: 'PRINTER_NO_PAPER',
      message: 'La impresora de tickets se quedó sin papel.',
      since: MORNING + 3 * MINUTE,
      lastAt: MORNING + 5 * MINUTE,
      lastNumber: 'T-002',
      failedInRow: 2,
      source: 'bridge',
    },
  },
  {
    deviceId: 'kiosk-2',
    name: 'Kiosco del segundo piso',
    online: false,
    connectionSince: MORNING + 7 * MINUTE,
    printsAtHub: true,
    printer: {
      condition: 'ok',
      code: null,
      message: null,
      since: MORNING,
      lastAt: MORNING + MINUTE,
      lastNumber: 'R-001',
      failedInRow: 0,
      source: 'hub',
    },
  },
];

afterEach(() => {
  vi.useRealTimers();
});

describe('SupervisorFloor', () => {
  it('shows every window in words with its clerk, ticket and a time that ticks', () => {
    vi.useFakeTimers({
      now: MORNING + 10 * MINUTE,
      toFake: ['Date', 'setInterval', 'clearInterval'],
    });
    renderFloor();

    const calling = rowOf('Ventanillas', 'Ventanilla 1');
    expect(within(calling).getByText('Llamando')).toBeInTheDocument();
    expect(within(calling).getByText('Ana Quispe Huamán')).toBeInTheDocument();
    expect(within(calling).getByText('R-001')).toBeInTheDocument();
    expect(within(calling).getByText('04:00')).toHaveAttribute('datetime', 'PT0H4M0S');

    const paused = rowOf('Ventanillas', 'Ventanilla 2');
    expect(within(paused).getByText('En pausa')).toBeInTheDocument();
    expect(within(paused).getByText('Motivo: refrigerio')).toBeInTheDocument();
    expect(within(paused).getByText('Luis Chávez Rojas')).toBeInTheDocument();
    expect(within(paused).getByText('02:00')).toBeInTheDocument();

    const closed = rowOf('Ventanillas', 'Ventanilla 3');
    expect(within(closed).getByText('Cerrada')).toBeInTheDocument();
    expect(within(closed).queryByRole('button')).not.toBeInTheDocument();

    act(() => vi.advanceTimersByTime(2000));
    expect(within(calling).getByText('04:02')).toBeInTheDocument();
    expect(within(paused).getByText('02:02')).toBeInTheDocument();
  });

  it('follows the hub: a call started at the counter turns the window to "Atendiendo" from zero', () => {
    vi.useFakeTimers({
      now: MORNING + 10 * MINUTE,
      toFake: ['Date', 'setInterval', 'clearInterval'],
    });
    const { hub } = renderFloor();
    act(() =>
      applyToHub(hub, [
        { type: 'ticket:started', at: MORNING + 10 * MINUTE, ticketId: 'registro-civil-1' },
      ]),
    );
    const row = rowOf('Ventanillas', 'Ventanilla 1');
    expect(within(row).getByText('Atendiendo')).toBeInTheDocument();
    expect(within(row).getByText('00:00')).toBeInTheDocument();
  });

  it('says in words, not only in colour, which queue waits longer than its target', () => {
    renderFloor({ now: MORNING + 25 * MINUTE });

    // R-002 has waited 23 minutes against a 20-minute target.
    const late = rowOf('Colas por trámite', 'Registro Civil');
    // The letter badge is for the eye: the row is named by the service alone.
    expect(
      within(screen.getByRole('region', { name: 'Colas por trámite' })).getByRole('rowheader', {
        name: 'Registro Civil',
      }),
    ).toBeInTheDocument();
    expect(within(late).getByText('Supera la meta de 20 min')).toBeInTheDocument();
    expect(within(late).getByText('23 min')).toBeInTheDocument();
    expect(
      within(late)
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    ).toEqual(['2', '1', '23 min', '⚠Supera la meta de 20 min']);
    expect(late).toHaveAttribute('data-over-target', 'true');

    // T-001 has waited 21 minutes against 30.
    const onTime = rowOf('Colas por trámite', 'Tributos');
    expect(within(onTime).queryByText(/Supera la meta/)).not.toBeInTheDocument();
    expect(within(onTime).getByText('30 min')).toBeInTheDocument();
    expect(within(onTime).getByText('21 min')).toBeInTheDocument();

    const empty = rowOf('Colas por trámite', 'Licencias');
    expect(within(empty).getByText('Nadie espera')).toBeInTheDocument();
  });

  it('lists the waiting tickets longest wait first, and filters them by service', async () => {
    const user = userEvent.setup();
    renderFloor();
    const region = screen.getByRole('region', { name: 'Tickets en espera' });
    const numbers = () =>
      within(region)
        .getAllByRole('rowheader')
        .map((cell) => cell.textContent);
    expect(numbers()).toEqual(['R-002', 'R-003', 'T-001', 'T-002']);
    expect(within(region).getByText('4 tickets en espera')).toBeInTheDocument();
    const senior = rowOf('Tickets en espera', 'R-002');
    expect(within(senior).getByText('Preferente: adulto mayor')).toBeInTheDocument();
    expect(within(senior).getByText('08:00')).toBeInTheDocument();

    await user.selectOptions(within(region).getByLabelText('Trámite'), 'Tributos (SAT)');
    expect(numbers()).toEqual(['T-001', 'T-002']);
    await user.selectOptions(
      within(region).getByLabelText('Trámite'),
      'Licencias de Funcionamiento',
    );
    expect(within(region).getByText('No hay tickets en espera.')).toBeInTheDocument();
  });

  it('shows each kiosk’s connection and printer state once the hub sends it', () => {
    const { hub } = renderFloor();
    const region = screen.getByRole('region', { name: 'Kioscos e impresoras' });
    expect(within(region).getByText('Esperando el estado de los kioscos…')).toBeInTheDocument();

    act(() => hub.receiveKiosks(KIOSKS));

    const jammed = rowOf('Kioscos e impresoras', 'Kiosco de la entrada');
    expect(within(jammed).getByText('Imprime el kiosco')).toBeInTheDocument();
    expect(within(jammed).getByText('Conectado desde las 08:30')).toBeInTheDocument();
    expect(within(jammed).getByText(/Sin papel/)).toHaveTextContent('Sin papelRequiere atención');
    // Each detail is kept whole on its line (the number never breaks at its hyphen).
    expect(jammed).toHaveTextContent(
      'desde las 09:03 · último ticket: T-002 · 2 tickets sin imprimir',
    );
    expect(within(jammed).getByText('último ticket: T-002')).toHaveClass('floor-nowrap');
    expect(
      within(jammed).getByText('La impresora de tickets se quedó sin papel.'),
    ).toBeInTheDocument();

    const away = rowOf('Kioscos e impresoras', 'Kiosco del segundo piso');
    expect(within(away).getByText('Desconectado desde las 09:07')).toBeInTheDocument();
    expect(within(away).getByText('Imprime el servidor')).toBeInTheDocument();
    expect(within(away).getByText('Imprime bien')).toBeInTheDocument();

    act(() => hub.receiveKiosks([]));
    expect(within(region).getByText('No hay kioscos configurados.')).toBeInTheDocument();
  });

  it('is for supervisors and admins: a clerk’s session gets a notice and no actions', () => {
    renderFloor({
      session: { kind: 'user', userId: 'clerk1', role: 'clerk', name: 'Ana Quispe Huamán' },
    });
    expect(
      screen.getByText('Esta vista es solo para supervisión y administración.'),
    ).toBeInTheDocument();
    expect(screen.queryByRole('button')).not.toBeInTheDocument();
  });

  it('speaks English when the face does', () => {
    renderFloor({ language: 'en', now: MORNING + 25 * MINUTE });
    expect(screen.getByRole('heading', { name: 'Floor supervision' })).toBeInTheDocument();
    expect(
      within(rowOf('Windows', 'Ventanilla 2')).getByText('Reason: meal break'),
    ).toBeInTheDocument();
    expect(
      within(rowOf('Queues by service', 'Registro Civil')).getByText('Over the 20 min target'),
    ).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Cancel ticket R-003' })).toBeInTheDocument();
  });

  it('has no accessibility violations that axe can see without a browser', async () => {
    const { hub, container } = renderFloor({ now: MORNING + 25 * MINUTE });
    act(() => hub.receiveKiosks(KIOSKS));
    // jsdom has no canvas (axe uses one to spot icon fonts); say so quietly instead of logging.
    vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(null);
    const results = await axe.run(container, { rules: { 'color-contrast': { enabled: false } } });
    expect(results.violations.map((violation) => violation.id)).toEqual([]);
  });
});
