import { act, screen, waitFor, within } from '@testing-library/react';
import { clerkSnapshot } from '../test-support/clerk-office';
import { renderClerk } from '../test-support/render-clerk';
import type { SimulatedHub } from '../test-support/simulated-hub';
import { createSimulatedHub } from '../test-support/simulated-hub';

const ANA = { id: 'clerk1', role: 'clerk' } as const;

/** The sample office after Ana closed Ventanilla 1: she holds no window. */
function hubWithoutWindow(): SimulatedHub {
  const hub = createSimulatedHub(clerkSnapshot());
  for (const [name, payload] of [
    ['ticket:no-show', { ticketId: 'registro-civil-1' }],
    ['window:close', { windowId: 'ventanilla-1' }],
  ] as const) {
    const result = hub.commandAs(ANA, name, payload);
    if (!result.ok) throw new Error(result.error.message);
  }
  return hub;
}

function windowGroup(): HTMLElement {
  return screen.getByRole('group', { name: 'Ventanilla' });
}

describe('the window choice', () => {
  it('lists every window with who holds it, and the chosen window’s services, all ticked', () => {
    renderClerk({ hub: hubWithoutWindow() });

    expect(screen.getByRole('heading', { level: 1, name: 'Abrir ventanilla' })).toBeInTheDocument();
    const radios = within(windowGroup()).getAllByRole('radio');
    expect(radios.map((radio) => radio.closest('label')?.textContent)).toEqual([
      'Ventanilla 1Disponible',
      'Ventanilla 2Ocupada por Luis Chávez Rojas',
      'Ventanilla 3Disponible',
    ]);
    expect(radios[0]).toBeChecked();
    expect(radios[0]).toHaveFocus();
    expect(radios[1]).toBeDisabled();
    const services = screen.getByRole('group', { name: 'Servicios que atenderá hoy' });
    expect(within(services).getByRole('checkbox', { name: /Registro Civil/ })).toBeChecked();
    expect(
      within(services)
        .getByRole('checkbox', { name: /Registro Civil/ })
        .closest('label'),
    ).toHaveTextContent('RRegistro Civil2 personas en espera');
  });

  it('opens the window chosen with the arrow keys, for the services left ticked, on Enter', async () => {
    const { hub, user } = renderClerk({ hub: hubWithoutWindow() });
    // Ventanilla 2 is taken, so the arrow skips it.
    await user.keyboard('{ArrowDown}');
    expect(within(windowGroup()).getByRole('radio', { name: /Ventanilla 3/ })).toBeChecked();
    await user.keyboard('{Enter}');

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Ventanilla 3' }),
    ).toBeInTheDocument();
    expect(hub.commands).toEqual([
      { name: 'window:open', payload: { windowId: 'ventanilla-3', serviceIds: ['tributos'] } },
    ]);
    expect(screen.getByText('Atiende: Tributos (SAT)')).toBeInTheDocument();
  });

  it('serves only the services left ticked, and asks for at least one', async () => {
    const snapshot = clerkSnapshot();
    // A window with two services: Ventanilla 2 once Luis has left it.
    const hub = createSimulatedHub(snapshot);
    hub.commandAs({ id: 'clerk2', role: 'clerk' }, 'window:close', { windowId: 'ventanilla-2' });
    for (const [name, payload] of [
      ['ticket:no-show', { ticketId: 'registro-civil-1' }],
      ['window:close', { windowId: 'ventanilla-1' }],
    ] as const) {
      hub.commandAs(ANA, name, payload);
    }
    const { user } = renderClerk({ hub });
    await user.click(within(windowGroup()).getByRole('radio', { name: /Ventanilla 2/ }));
    const services = screen.getByRole('group', { name: 'Servicios que atenderá hoy' });
    const licencias = within(services).getByRole('checkbox', { name: /Licencias/ });
    const tributos = within(services).getByRole('checkbox', { name: /Tributos/ });
    await user.click(licencias);
    await user.click(tributos);
    await user.click(screen.getByRole('button', { name: 'Abrir ventanilla' }));
    expect(screen.getByRole('alert')).toHaveTextContent('Elija al menos un servicio.');
    expect(hub.commands).toEqual([]);

    await user.click(tributos);
    await user.keyboard('{Enter}');
    await waitFor(() =>
      expect(hub.commands).toEqual([
        { name: 'window:open', payload: { windowId: 'ventanilla-2', serviceIds: ['tributos'] } },
      ]),
    );
    expect(await screen.findByText('Atiende: Tributos (SAT)')).toBeInTheDocument();
  });

  it('shows the hub’s message when another clerk took the window first', async () => {
    const hub = hubWithoutWindow();
    const { user } = renderClerk({ hub });
    // Pedro opens Ventanilla 1 on the hub; Ana's screen has not heard of it yet.
    hub.onCommand(() => ({
      ok: false,
      error: {
        code: 'WINDOW_TAKEN',
        message: 'Otra persona ya está atendiendo en esa ventanilla.',
      },
    }));
    await user.keyboard('{Enter}');
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Otra persona ya está atendiendo en esa ventanilla.',
    );
  });

  it('follows other clerks live and cannot open while offline', () => {
    const hub = hubWithoutWindow();
    renderClerk({ hub });
    act(() => {
      hub.commandAs({ id: 'clerk3', role: 'clerk' }, 'window:open', { windowId: 'ventanilla-3' });
    });
    expect(within(windowGroup()).getByRole('radio', { name: /Ventanilla 3/ })).toBeDisabled();

    act(() => hub.update({ status: 'offline' }));
    expect(screen.getByRole('button', { name: 'Abrir ventanilla' })).toBeDisabled();
  });

  it('signs out with S', async () => {
    const { user, onSignOut } = renderClerk({ hub: hubWithoutWindow() });
    await user.keyboard('s');
    expect(onSignOut).toHaveBeenCalledTimes(1);
  });
});
