import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderAdmin } from './test-kit';

async function openUsers(): Promise<void> {
  await userEvent.click(await screen.findByRole('button', { name: 'Usuarios' }));
}

describe('Usuarios', () => {
  it('refuses a PIN typed differently twice, then creates the user', async () => {
    const { port } = renderAdmin();
    await openUsers();
    await userEvent.click(screen.getByRole('button', { name: 'Crear usuario' }));
    const dialog = screen.getByRole('dialog', { name: 'Crear usuario' });
    await userEvent.type(
      within(dialog).getByRole('textbox', { name: 'Usuario (para ingresar)' }),
      'clerk7',
    );
    await userEvent.type(
      within(dialog).getByRole('textbox', { name: 'Nombre completo' }),
      'Pedro Vera',
    );
    await userEvent.type(within(dialog).getByLabelText('PIN'), '4321');
    await userEvent.type(within(dialog).getByLabelText('Repita el PIN'), '4322');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Crear usuario' }));

    expect(within(dialog).getByLabelText('Repita el PIN')).toHaveAccessibleDescription(
      'Los dos PIN no coinciden. Escriba el mismo PIN dos veces.',
    );
    expect(port.calls.some((c) => c.method === 'createUser')).toBe(false);

    await userEvent.clear(within(dialog).getByLabelText('Repita el PIN'));
    await userEvent.type(within(dialog).getByLabelText('Repita el PIN'), '4321{enter}');

    expect(await screen.findByRole('status')).toHaveTextContent(
      'Se creó el usuario «clerk7» (Ventanilla); ya puede ingresar con su PIN.',
    );
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(port.calls.find((c) => c.method === 'createUser')?.args[0]).toEqual({
      username: 'clerk7',
      name: 'Pedro Vera',
      role: 'clerk',
      pin: '4321',
    });
    expect(screen.getByRole('rowheader', { name: 'Pedro Vera' })).toBeInTheDocument();
  });

  it('shows the hub refusal inside the dialog', async () => {
    const { port } = renderAdmin();
    await openUsers();
    await userEvent.click(screen.getByRole('button', { name: 'Desactivar Carmen Rojas' }));
    port.refuseNext({
      code: 'LAST_ADMIN',
      message: 'Carmen Rojas es la única administradora: cree otra antes de desactivarla.',
      issues: [],
    });
    const dialog = screen.getByRole('dialog', { name: 'Desactivar a Carmen Rojas' });
    await userEvent.click(within(dialog).getByRole('button', { name: 'Desactivar' }));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent('la única administradora');
  });

  it('asks before deactivating, then shows the user as deactivated', async () => {
    const { port } = renderAdmin();
    await openUsers();
    await userEvent.click(screen.getByRole('button', { name: 'Desactivar Ana Quispe' }));
    const dialog = screen.getByRole('dialog', { name: 'Desactivar a Ana Quispe' });
    expect(dialog).toHaveTextContent('Ana Quispe ya no podrá ingresar.');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Volver' }));
    expect(port.calls.some((c) => c.method === 'updateUser')).toBe(false);

    await userEvent.click(screen.getByRole('button', { name: 'Desactivar Ana Quispe' }));
    await userEvent.click(
      within(screen.getByRole('dialog')).getByRole('button', { name: 'Desactivar' }),
    );
    expect(await screen.findByRole('status')).toHaveTextContent('Se desactivó a Ana Quispe.');
    expect(port.calls.find((c) => c.method === 'updateUser')?.args).toEqual([
      'clerk1',
      { active: false },
    ]);
    const row = screen.getByRole('rowheader', { name: 'Ana Quispe' }).closest('tr');
    expect(row).toHaveTextContent('Desactivado');
    expect(screen.getByRole('button', { name: 'Reactivar Ana Quispe' })).toHaveFocus();
  });
});
