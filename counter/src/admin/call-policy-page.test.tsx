import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderAdmin } from './test-kit';

describe('Política de llamado', () => {
  it('asks, citing Ley 28683, before preferential tickets stop going first', async () => {
    const { port } = renderAdmin();
    await userEvent.click(await screen.findByRole('button', { name: 'Política de llamado' }));
    const first = screen.getByRole('checkbox', { name: 'Llamar primero a los preferentes' });
    await userEvent.click(first);

    const dialog = screen.getByRole('dialog', {
      name: '¿Dejar de llamar primero a los preferentes?',
    });
    expect(dialog).toHaveTextContent('Ley 28683');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Volver' }));
    expect(first).toBeChecked();

    await userEvent.click(first);
    await userEvent.click(screen.getByRole('button', { name: 'Sí, desmarcar' }));
    expect(first).not.toBeChecked();

    const max = screen.getByRole('textbox', { name: 'Máximo de preferentes seguidos' });
    await userEvent.clear(max);
    await userEvent.type(screen.getByRole('textbox', { name: 'Orientación' }), '2');
    await userEvent.click(screen.getByRole('button', { name: 'Guardar política de llamado' }));

    expect(await screen.findByRole('status')).toHaveTextContent(
      'Se guardó la política de llamado.',
    );
    expect(port.current().config.callPolicy).toEqual({
      preferentialFirst: false,
      maxPreferentialInRow: null,
      serviceWeights: { orientacion: 2 },
    });
  });

  it('says inline when the maximum in a row is out of range', async () => {
    const { port } = renderAdmin();
    await userEvent.click(await screen.findByRole('button', { name: 'Política de llamado' }));
    const max = screen.getByRole('textbox', { name: 'Máximo de preferentes seguidos' });
    await userEvent.clear(max);
    await userEvent.type(max, '0');
    await userEvent.click(screen.getByRole('button', { name: 'Guardar política de llamado' }));
    expect(max).toHaveAccessibleDescription(expect.stringContaining('de 1 a 100'));
    expect(port.calls.some((c) => c.method === 'saveSection')).toBe(false);
  });
});
