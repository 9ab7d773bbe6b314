import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderBackoffice } from './test-kit';

/** The numbers of the results table, top to bottom. */
function resultNumbers(): string[] {
  const table = screen.getByRole('table');
  return within(table)
    .getAllByRole('rowheader')
    .map((cell) => cell.textContent ?? '');
}

async function setup() {
  const user = userEvent.setup();
  const rendered = renderBackoffice();
  await screen.findByRole('table');
  return { user, ...rendered };
}

describe('finding expedientes', () => {
  it('shows the newest first on opening, with the state in words and the overdue one said', async () => {
    const { port } = await setup();
    expect(port.calls).toEqual([{ name: 'expediente:find', payload: {} }]);
    expect(resultNumbers()).toEqual([
      'EXP-2026-000124',
      'EXP-2026-000125',
      'EXP-2026-000123',
      'EXP-2025-000045',
    ]);
    expect(screen.getByText('4 expedientes encontrados')).toBeInTheDocument();

    const overdue = screen.getByRole('row', { name: /EXP-2026-000123/ });
    expect(within(overdue).getByText('Derivado')).toBeInTheDocument();
    expect(within(overdue).getByText('Plazo vencido')).toBeInTheDocument();
    expect(within(overdue).getByText('María Quispe Huamán')).toBeInTheDocument();
    expect(within(overdue).getByText('45055499')).toBeInTheDocument();
    // Received at 09:15 in Lima, whatever the zone of the PC running the test.
    expect(within(overdue).getByText('20/11/2026 09:15')).toBeInTheDocument();
    expect(within(overdue).getByText(/27\/11\/2026/)).toBeInTheDocument();

    const onTime = screen.getByRole('row', { name: /EXP-2026-000124/ });
    expect(within(onTime).getByText('Recibido')).toBeInTheDocument();
    expect(within(onTime).queryByText('Plazo vencido')).not.toBeInTheDocument();
  });

  it.each([
    'EXP-2026-000123',
    'exp 2026 123',
    '123-2026',
    '000123-2026-MPC',
    'N° 123-2026',
    'Expediente N° 000123-2026-MPC',
  ])('finds by the number typed as %j', async (typed) => {
    const { user, port } = await setup();
    await user.type(screen.getByLabelText('Número de expediente'), `${typed}{Enter}`);
    await waitFor(() => expect(resultNumbers()).toEqual(['EXP-2026-000123']));
    expect(port.calls.at(-1)).toEqual({
      name: 'expediente:find',
      payload: { number: 'EXP-2026-000123' },
    });
  });

  it('says what is wrong with a number it cannot read, and sends nothing', async () => {
    const { user, port } = await setup();
    const number = screen.getByLabelText('Número de expediente');
    await user.type(number, '123/2026');
    await user.click(screen.getByRole('button', { name: 'Buscar' }));
    expect(number).toHaveAttribute('aria-invalid', 'true');
    expect(number).toHaveAccessibleDescription(
      expect.stringContaining('No se reconoce ese número.'),
    );
    expect(port.calls).toHaveLength(1);
  });

  it.each([
    ['a person’s DNI', '45055499', '45055499', ['EXP-2026-000123']],
    ['a DNI with its check digit', '45055499-1', '45055499', ['EXP-2026-000123']],
    ['a DNI with its check letter', '45055499 e', '45055499', ['EXP-2026-000123']],
    ['a company’s RUC', ' 20607854247 ', '20607854247', ['EXP-2026-000124']],
    ['the representative’s DNI', '10117410', '10117410', ['EXP-2026-000124']],
    ['a carné de extranjería', '001234567', '001234567', ['EXP-2025-000045']],
  ])('finds by %s', async (_what, typed, document, numbers) => {
    const { user, port } = await setup();
    await user.type(screen.getByLabelText('DNI o RUC del solicitante'), `${typed}{Enter}`);
    await waitFor(() => expect(resultNumbers()).toEqual(numbers));
    expect(port.calls.at(-1)?.payload).toEqual({ document });
  });

  it('refuses a document that cannot be a DNI, RUC or carné', async () => {
    const { user, port } = await setup();
    const document = screen.getByLabelText('DNI o RUC del solicitante');
    await user.type(document, '1234{Enter}');
    expect(document).toHaveAccessibleDescription(/Escriba un DNI \(8 dígitos\)/);
    expect(port.calls).toHaveLength(1);
  });

  it('finds by state', async () => {
    const { user, port } = await setup();
    await user.selectOptions(screen.getByLabelText('Estado'), 'Observado');
    await user.click(screen.getByRole('button', { name: 'Buscar' }));
    await waitFor(() => expect(resultNumbers()).toEqual(['EXP-2026-000125']));
    expect(port.calls.at(-1)?.payload).toEqual({ state: 'observado' });
  });

  it('finds by the days of reception, in the office’s calendar', async () => {
    const { user, port } = await setup();
    await user.type(screen.getByLabelText('Recibido desde'), '2026-11-30');
    await user.type(screen.getByLabelText('Recibido hasta'), '2026-12-01');
    await user.click(screen.getByRole('button', { name: 'Buscar' }));
    await waitFor(() => expect(resultNumbers()).toEqual(['EXP-2026-000124', 'EXP-2026-000125']));
    expect(port.calls.at(-1)?.payload).toEqual({ from: '2026-11-30', to: '2026-12-01' });
  });

  it('refuses a range that ends before it starts', async () => {
    const { user, port } = await setup();
    await user.type(screen.getByLabelText('Recibido desde'), '2026-12-01');
    await user.type(screen.getByLabelText('Recibido hasta'), '2026-11-30');
    await user.click(screen.getByRole('button', { name: 'Buscar' }));
    expect(screen.getByLabelText('Recibido hasta')).toHaveAccessibleDescription(
      'La fecha «desde» no puede ser posterior a la fecha «hasta».',
    );
    expect(port.calls).toHaveLength(1);
  });

  it('combines filters, says when nothing matches, and clears the form', async () => {
    const { user, port } = await setup();
    await user.type(screen.getByLabelText('DNI o RUC del solicitante'), '45055499');
    await user.selectOptions(screen.getByLabelText('Estado'), 'Archivado');
    await user.click(screen.getByRole('button', { name: 'Buscar' }));
    expect(await screen.findByText('No hay expedientes que cumplan esos criterios.')).toBeVisible();
    expect(port.calls.at(-1)?.payload).toEqual({ document: '45055499', state: 'archivado' });

    await user.click(screen.getByRole('button', { name: 'Limpiar' }));
    expect(screen.getByLabelText('DNI o RUC del solicitante')).toHaveValue('');
    expect(screen.getByLabelText('Estado')).toHaveValue('');
  });

  it('shows the hub’s refusal of a search in Spanish', async () => {
    const { user, port } = await setup();
    port.refuseNext('expediente:find', {
      code: 'FORBIDDEN',
      message: 'Su rol no permite buscar expedientes.',
    });
    await user.click(screen.getByRole('button', { name: 'Buscar' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Su rol no permite buscar expedientes.',
    );
  });
});
