import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderAdmin } from './test-kit';

describe('Dispositivos', () => {
  it('registers a display and shows its key once', async () => {
    const { port } = renderAdmin();
    await userEvent.click(await screen.findByRole('button', { name: 'Dispositivos' }));
    await userEvent.click(screen.getByRole('button', { name: 'Registrar dispositivo' }));
    const form = screen.getByRole('dialog', { name: 'Registrar dispositivo' });
    await userEvent.click(within(form).getByRole('radio', { name: 'Pantalla' }));
    await userEvent.type(
      within(form).getByRole('textbox', { name: 'Nombre' }),
      'Pantalla del patio',
    );
    expect(within(form).getByRole('textbox', { name: 'Identificador' })).toHaveValue(
      'pantalla-del-patio',
    );
    await userEvent.click(within(form).getByRole('button', { name: 'Registrar' }));

    const keyDialog = await screen.findByRole('dialog', { name: 'Clave de Pantalla del patio' });
    expect(within(keyDialog).getByText('clave-1')).toBeInTheDocument();
    expect(keyDialog).toHaveTextContent('Anótela: no se volverá a mostrar.');
    expect(port.calls.find((c) => c.method === 'createDevice')?.args[0]).toEqual({
      id: 'pantalla-del-patio',
      kind: 'display',
      name: 'Pantalla del patio',
    });
    await userEvent.click(within(keyDialog).getByRole('button', { name: 'Ya la anoté' }));

    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(screen.queryByText('clave-1')).not.toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('Se registró «Pantalla del patio».');
    expect(screen.getByRole('rowheader', { name: /Pantalla del patio/ })).toBeInTheDocument();
  });

  it('asks before a new key, then shows it', async () => {
    const { port } = renderAdmin();
    await userEvent.click(await screen.findByRole('button', { name: 'Dispositivos' }));
    await userEvent.click(screen.getByRole('button', { name: 'Nueva clave Kiosco de la entrada' }));
    const confirm = screen.getByRole('dialog', { name: 'Nueva clave para Kiosco de la entrada' });
    expect(confirm).toHaveTextContent('se desconectará hasta que le escriba la nueva clave');
    await userEvent.click(within(confirm).getByRole('button', { name: 'Nueva clave' }));
    const keyDialog = await screen.findByRole('dialog', { name: 'Clave de Kiosco de la entrada' });
    expect(keyDialog).toHaveTextContent('clave-1');
    expect(port.calls.find((c) => c.method === 'rotateDeviceKey')?.args).toEqual([
      'kiosco-entrada',
    ]);
  });

  it('sets the printer of a kiosk', async () => {
    const { port } = renderAdmin();
    await userEvent.click(await screen.findByRole('button', { name: 'Dispositivos' }));
    await userEvent.click(screen.getByRole('button', { name: 'Editar Kiosco de la entrada' }));
    const dialog = screen.getByRole('dialog', { name: 'Editar Kiosco de la entrada' });
    await userEvent.click(within(dialog).getByRole('checkbox', { name: 'Orientación' }));
    await userEvent.click(
      within(dialog).getByRole('checkbox', {
        name: 'El servidor imprime los tickets de este kiosco',
      }),
    );
    await userEvent.type(
      within(dialog).getByRole('textbox', { name: 'Destino de la impresora' }),
      'tcp://192.168.1.50:9100',
    );
    await userEvent.click(within(dialog).getByRole('radio', { name: '58 mm' }));
    await userEvent.click(within(dialog).getByRole('button', { name: 'Guardar dispositivo' }));
    await screen.findByRole('status');
    expect(port.calls.find((c) => c.method === 'updateDevice')?.args[1]).toEqual({
      name: 'Kiosco de la entrada',
      zone: { serviceIds: ['orientacion'] },
      printer: {
        target: 'tcp://192.168.1.50:9100',
        profile: { paperMm: 58, qr: 'raster', codePage: 'PC850' },
      },
    });
  });
});
