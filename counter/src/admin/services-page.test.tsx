import { sampleSyncSnapshot } from '@cac/shared/client';
import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { AdminConfigView } from '@cac/shared/protocol';
import { renderAdmin } from './test-kit';

/** A new office view, as each hub snapshot brings (a fresh object every time). */
function freshOffice() {
  return sampleSyncSnapshot().office;
}

async function editService(name: string): Promise<void> {
  await userEvent.click(await screen.findByRole('button', { name: `Editar ${name}` }));
  await screen.findByRole('heading', { name: `Editar el servicio ${name}` });
}

describe('Servicios', () => {
  it('renames a service, sends it with the revision it was read at, and says every screen shows it', async () => {
    const { port } = renderAdmin();
    await editService('Orientación');
    const name = screen.getByRole('textbox', { name: 'Nombre del servicio' });
    await userEvent.clear(name);
    await userEvent.type(name, 'Orientación al ciudadano');
    await userEvent.click(screen.getByRole('button', { name: 'Guardar servicio' }));

    expect(await screen.findByRole('status')).toHaveTextContent(
      'Se guardó el servicio «Orientación al ciudadano». Todas las pantallas conectadas ya lo muestran.',
    );
    const save = port.calls.find((c) => c.method === 'saveSection');
    expect(save?.args[0]).toBe('services');
    const body = save?.args[1] as { revision: string; value: AdminConfigView['services'] };
    expect(body.revision).toBe('r1');
    expect(body.value.map((s) => s.name)).toEqual(['Licencias', 'Orientación al ciudadano']);
    expect(screen.getByRole('rowheader', { name: /Orientación al ciudadano/ })).toBeInTheDocument();
    await vi.waitFor(() =>
      expect(screen.getByRole('heading', { name: 'Servicios', level: 3 })).toHaveFocus(),
    );
  });

  it('keeps the advanced fields of a procedure it does not edit', async () => {
    const { port } = renderAdmin();
    await editService('Licencias');
    expect(screen.getByText(/ajustes avanzados/)).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Guardar servicio' }));
    await screen.findByRole('status');
    const licencias = port.current().config.services[0];
    expect(licencias?.procedures[0]?.riskLevels?.bajo?.fee).toEqual({
      kind: 'fixed',
      centimos: 12_000,
    });
    expect(licencias?.procedures[0]?.fee).toEqual({ kind: 'uit-percent', percent: '4.68' });
  });

  it('says inline what is wrong with a prefix and sends nothing', async () => {
    const { port } = renderAdmin();
    await editService('Orientación');
    const prefix = screen.getByRole('textbox', { name: 'Prefijo del ticket' });
    await userEvent.clear(prefix);
    await userEvent.type(prefix, '1');
    await userEvent.click(screen.getByRole('button', { name: 'Guardar servicio' }));

    expect(prefix).toHaveAttribute('aria-invalid', 'true');
    expect(prefix).toHaveAccessibleDescription(
      expect.stringContaining('El prefijo es una o dos letras mayúsculas'),
    );
    await vi.waitFor(() => expect(prefix).toHaveFocus());
    expect(port.calls.some((c) => c.method === 'saveSection')).toBe(false);

    await userEvent.clear(prefix);
    await userEvent.type(prefix, 'l');
    expect(prefix).toHaveValue('L');
    expect(prefix).toHaveAccessibleDescription(expect.stringContaining('Otro servicio ya usa'));
  });

  it('shows the hub refusal and each of its lines next to the form', async () => {
    const { port } = renderAdmin();
    await editService('Orientación');
    port.refuseNext({
      code: 'INVALID_PAYLOAD',
      message: 'La configuración no es válida.',
      issues: ['services[1].outcomes[0].code: El código del resultado solo admite minúsculas.'],
    });
    await userEvent.click(screen.getByRole('button', { name: 'Guardar servicio' }));

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('La configuración no es válida.');
    expect(within(alert).getByRole('listitem')).toHaveTextContent(
      'services[1].outcomes[0].code: El código del resultado solo admite minúsculas.',
    );
    // Still on the form, with what was typed.
    expect(screen.getByRole('textbox', { name: 'Nombre del servicio' })).toHaveValue('Orientación');
  });

  it('offers to read the configuration again when someone else saved meanwhile', async () => {
    const { port } = renderAdmin();
    await editService('Orientación');
    port.changeElsewhere((config) => ({ ...config, announcements: ['Otro aviso'] }));
    await userEvent.click(screen.getByRole('button', { name: 'Guardar servicio' }));

    await screen.findByRole('alert');
    await userEvent.click(screen.getByRole('button', { name: 'Volver a leer la configuración' }));
    expect(await screen.findByRole('button', { name: 'Editar Orientación' })).toBeInTheDocument();
    expect(port.calls.filter((c) => c.method === 'loadConfig')).toHaveLength(2);
  });

  it('offers a change saved on another screen without touching the form being edited', async () => {
    const { port, hub } = renderAdmin();
    await editService('Orientación');
    const name = screen.getByRole('textbox', { name: 'Nombre del servicio' });
    await userEvent.clear(name);
    await userEvent.type(name, 'Orientación general');

    port.changeElsewhere((config) => ({ ...config, announcements: ['Otro aviso'] }));
    // The hub pushes a fresh snapshot to every face after each change.
    act(() => hub.update({ office: freshOffice() }));

    await screen.findByText(/La configuración cambió en otra pantalla/);
    expect(name).toHaveValue('Orientación general');
    await userEvent.click(screen.getByRole('button', { name: 'Volver a leer la configuración' }));
    expect(screen.queryByText(/La configuración cambió en otra pantalla/)).toBeNull();
    expect(port.calls.filter((c) => c.method === 'loadConfig')).toHaveLength(2);
  });

  it('says nothing when the snapshot only follows this screen’s own save', async () => {
    const { hub } = renderAdmin();
    await editService('Orientación');
    await userEvent.click(screen.getByRole('button', { name: 'Guardar servicio' }));
    await screen.findByText(/Se guardó el servicio/);
    act(() => hub.update({ office: freshOffice() }));
    await waitFor(() => expect(screen.queryByText(/cambió en otra pantalla/)).toBeNull());
  });

  it('adds an outcome whose code follows its text and a procedure with a fixed fee', async () => {
    const { port } = renderAdmin();
    await editService('Orientación');
    await userEvent.click(screen.getByRole('button', { name: 'Agregar resultado' }));
    await userEvent.type(
      screen.getByRole('textbox', { name: 'Resultado 2' }),
      'Derivado a otra área',
    );
    expect(screen.getByRole('textbox', { name: 'Código del resultado 2' })).toHaveValue(
      'derivado-a-otra-area',
    );
    await userEvent.click(screen.getByRole('button', { name: 'Agregar procedimiento' }));
    await userEvent.type(
      screen.getByRole('textbox', { name: 'Nombre del procedimiento' }),
      'Constancia',
    );
    await userEvent.type(screen.getByRole('textbox', { name: 'Requisitos' }), 'DNI{enter}Recibo');
    await userEvent.click(screen.getByRole('radio', { name: 'Monto fijo en soles' }));
    await userEvent.type(screen.getByRole('textbox', { name: 'Monto (S/)' }), '11.50');
    await userEvent.click(screen.getByRole('button', { name: 'Guardar servicio' }));

    await screen.findByRole('status');
    const orientacion = port.current().config.services[1];
    expect(orientacion?.outcomes.at(-1)).toEqual({
      code: 'derivado-a-otra-area',
      label: 'Derivado a otra área',
    });
    expect(orientacion?.procedures[0]).toMatchObject({
      id: 'constancia',
      kind: 'general',
      requirements: ['DNI', 'Recibo'],
      fee: { kind: 'fixed', centimos: 1150 },
    });
  });
});
