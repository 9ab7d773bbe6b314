import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { DESTINATIONS, renderBackoffice } from './test-kit';

async function openExpediente(number: string) {
  const user = userEvent.setup();
  const rendered = renderBackoffice();
  await user.click(await screen.findByRole('button', { name: number }));
  const heading = await screen.findByRole('heading', { name: `Expediente ${number}` });
  return { user, heading, ...rendered };
}

function historyRows(): HTMLElement[] {
  const history = screen.getByRole('region', { name: 'Historial' });
  return within(history).getAllByRole('row').slice(1);
}

describe('an expediente in full', () => {
  it('shows the applicant, the procedure’s data, the time limit in words and the history in Lima time', async () => {
    const { heading } = await openExpediente('EXP-2026-000123');
    expect(heading).toHaveFocus();
    expect(screen.getByText('Expediente N° 000123-2026-MPC')).toBeInTheDocument();

    const state = screen.getByRole('region', { name: 'Estado actual' });
    expect(within(state).getByText('Derivado')).toBeInTheDocument();
    expect(within(state).getByText('Plazo vencido el 27/11/2026')).toBeInTheDocument();

    const applicant = screen.getByRole('region', { name: 'Solicitante' });
    expect(within(applicant).getByText('María Quispe Huamán')).toBeInTheDocument();
    expect(within(applicant).getByText('DNI 45055499')).toBeInTheDocument();
    expect(within(applicant).getByText('Licencia de obra menor')).toBeInTheDocument();
    expect(within(applicant).getByText('Folios')).toBeInTheDocument();

    const [first, second] = historyRows();
    expect(first).toHaveTextContent(
      /^Recibido20\/11\/2026 09:15Pedro Salazar Ruiz—Mesa de partes—$/,
    );
    expect(second).toHaveTextContent(
      /^Derivado20\/11\/2026 11:15Jorge Cabrera SánchezCon plano adjuntoGerencia de Desarrollo Urbano—$/,
    );

    // From "derivado": on to another office, to evaluation, or resolved.
    const moves = screen.getByRole('group', { name: 'Mover el expediente' });
    expect(
      within(moves)
        .getAllByRole('button')
        .map((button) => button.textContent),
    ).toEqual(['Derivar', 'Pasar a evaluación', 'Resolver']);
  });

  it('shows a company with its representative, and no moves once archived', async () => {
    const { user } = await openExpediente('EXP-2026-000124');
    const applicant = screen.getByRole('region', { name: 'Solicitante' });
    expect(within(applicant).getByText('Bodega El Sol S.A.C.')).toBeInTheDocument();
    expect(within(applicant).getByText('Luis Chávez Rojas (DNI 10117410)')).toBeInTheDocument();
    expect(within(applicant).getByText('Área (m²)')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Volver a los resultados' }));
    expect(screen.getByRole('button', { name: 'EXP-2026-000124' })).toHaveFocus();
    await user.click(screen.getByRole('button', { name: 'EXP-2025-000045' }));
    await screen.findByRole('heading', { name: 'Expediente EXP-2025-000045' });
    expect(
      screen.getByText('El expediente está archivado: ya no cambia de estado.'),
    ).toBeInTheDocument();
    expect(screen.getByText('Aprobado', { selector: 'dd' })).toBeInTheDocument();
  });

  it('reprints the cargo, and says so when the printer fails', async () => {
    const { user, port } = await openExpediente('EXP-2026-000123');
    await user.click(screen.getByRole('button', { name: 'Reimprimir cargo' }));
    expect(
      await screen.findByText('El cargo del expediente EXP-2026-000123 se envió a la impresora.'),
    ).toBeInTheDocument();
    expect(port.calls.at(-1)).toEqual({
      name: 'document:reprint',
      payload: { kind: 'cargo', ref: 'EXP-2026-000123' },
    });

    port.setPrintOutcome({
      ok: false,
      code: 'PRINTER_NO_PAPER',
      message: 'La impresora no tiene papel.',
    });
    await user.click(screen.getByRole('button', { name: 'Reimprimir cargo' }));
    expect(
      await screen.findByText('No se pudo imprimir el cargo: La impresora no tiene papel.'),
    ).toBeInTheDocument();
  });
});

describe('moving an expediente', () => {
  it('asks for the office of a derivation, from the procedure’s destinations', async () => {
    const { user, port, heading } = await openExpediente('EXP-2026-000124');
    // The licence procedure lists no destinations: the office's intake destinations are offered.
    await user.click(screen.getByRole('button', { name: 'Derivar' }));
    const dialog = screen.getByRole('dialog', { name: 'Derivar el expediente EXP-2026-000124' });
    expect(dialog).toHaveAttribute('aria-modal', 'true');
    const office = within(dialog).getByLabelText('Oficina de destino (obligatorio)');
    expect(office).toHaveFocus();
    expect(
      within(office)
        .getAllByRole('option')
        .map((option) => option.textContent),
    ).toEqual(['Elija una oficina', ...DESTINATIONS, 'Otra oficina (escribirla)']);

    await user.click(within(dialog).getByRole('button', { name: 'Derivar' }));
    expect(office).toHaveAccessibleDescription('Elija o escriba la oficina a la que se deriva.');
    expect(port.calls.filter((call) => call.name === 'expediente:move')).toEqual([]);

    await user.selectOptions(office, 'Secretaría General');
    await user.type(within(dialog).getByLabelText('Nota (opcional)'), 'Para opinión legal');
    await user.click(within(dialog).getByRole('button', { name: 'Derivar' }));

    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(port.calls.at(-1)).toEqual({
      name: 'expediente:move',
      payload: {
        number: 'EXP-2026-000124',
        to: 'derivado',
        office: 'Secretaría General',
        note: 'Para opinión legal',
      },
    });
    expect(
      screen.getByText('El expediente EXP-2026-000124 pasó a «Derivado».'),
    ).toBeInTheDocument();
    expect(heading).toHaveFocus();
    expect(historyRows().at(-1)).toHaveTextContent(
      /^Derivado02\/12\/2026 10:00Jorge Cabrera SánchezPara opinión legalSecretaría General—$/,
    );
  });

  it('takes an office that is not in the list, typed', async () => {
    const { user, port } = await openExpediente('EXP-2026-000123');
    await user.click(screen.getByRole('button', { name: 'Derivar' }));
    const dialog = screen.getByRole('dialog');
    await user.selectOptions(
      within(dialog).getByLabelText('Oficina de destino (obligatorio)'),
      'Otra oficina (escribirla)',
    );
    const typed = within(dialog).getByLabelText('Nombre de la oficina (obligatorio)');
    await user.click(within(dialog).getByRole('button', { name: 'Derivar' }));
    expect(typed).toHaveAttribute('aria-invalid', 'true');
    await user.type(typed, 'Procuraduría Pública Municipal{Enter}');
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(port.calls.at(-1)?.payload).toEqual({
      number: 'EXP-2026-000123',
      to: 'derivado',
      office: 'Procuraduría Pública Municipal',
    });
  });

  it('asks for the resolution of a decision', async () => {
    const { user, port } = await openExpediente('EXP-2026-000123');
    await user.click(screen.getByRole('button', { name: 'Resolver' }));
    const dialog = screen.getByRole('dialog', { name: 'Resolver el expediente EXP-2026-000123' });
    const group = within(dialog).getByRole('group', { name: 'Resolución (obligatorio)' });
    expect(
      within(group)
        .getAllByRole('radio')
        .map((radio) => radio.parentElement?.textContent),
    ).toEqual(['Aprobado', 'Denegado', 'Aprobado por silencio positivo']);
    await user.click(within(dialog).getByRole('button', { name: 'Resolver' }));
    expect(group).toHaveAccessibleDescription('Elija cómo se resolvió el expediente.');
    expect(port.calls.some((call) => call.name === 'expediente:move')).toBe(false);

    await user.click(within(group).getByRole('radio', { name: 'Denegado' }));
    await user.click(within(dialog).getByRole('button', { name: 'Resolver' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(port.calls.at(-1)?.payload).toEqual({
      number: 'EXP-2026-000123',
      to: 'resuelto',
      resolution: 'denegado',
    });
    const state = screen.getByRole('region', { name: 'Estado actual' });
    expect(within(state).getByText('Resuelto')).toBeInTheDocument();
    expect(within(state).getByText('Denegado')).toBeInTheDocument();
    expect(
      within(state).getByRole('button', { name: 'Registrar notificación' }),
    ).toBeInTheDocument();
  });

  it('asks what is missing for an observation, and gives the term to fix it', async () => {
    const { user, port } = await openExpediente('EXP-2026-000124');
    await user.click(screen.getByRole('button', { name: 'Observar' }));
    const dialog = screen.getByRole('dialog', { name: 'Observar el expediente EXP-2026-000124' });
    expect(within(dialog).getByText(/tendrá 2 días hábiles para subsanar/)).toBeInTheDocument();
    const missing = within(dialog).getByLabelText('Qué falta (obligatorio)');
    expect(missing).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(missing).toHaveAccessibleDescription(
      'Escriba qué falta, para que el solicitante pueda subsanarlo.',
    );
    expect(port.calls.some((call) => call.name === 'expediente:move')).toBe(false);

    await user.type(missing, 'Falta la vigencia de poder{Enter}');
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(port.calls.at(-1)?.payload).toEqual({
      number: 'EXP-2026-000124',
      to: 'observado',
      note: 'Falta la vigencia de poder',
    });
    // Observed on Wednesday 2 Dec: Thursday and Friday are the two working days.
    expect(screen.getByText('hasta el 04/12/2026')).toBeInTheDocument();
  });

  it('shows the hub’s refusal inside the dialog, in Spanish, and keeps it open', async () => {
    const { user } = await openExpediente('EXP-2026-000125');
    await user.click(screen.getByRole('button', { name: 'Dar por no presentado' }));
    const dialog = screen.getByRole('dialog');
    await user.click(within(dialog).getByRole('button', { name: 'Dar por no presentado' }));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent(
      'El plazo para subsanar la observación aún no vence; todavía no puede darse por no presentado.',
    );
    expect(screen.getByRole('dialog')).toBeInTheDocument();
  });

  it('closes with Escape without sending, keeps Tab inside, and gives the focus back', async () => {
    const { user, port } = await openExpediente('EXP-2026-000125');
    const opener = screen.getByRole('button', { name: 'Registrar subsanación' });
    await user.click(opener);
    const dialog = screen.getByRole('dialog');
    const note = within(dialog).getByLabelText('Nota (opcional)');
    expect(note).toHaveFocus();
    await user.tab();
    expect(within(dialog).getByRole('button', { name: 'Volver' })).toHaveFocus();
    await user.tab();
    await user.tab();
    expect(note).toHaveFocus();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(opener).toHaveFocus();
    expect(port.calls.some((call) => call.name === 'expediente:move')).toBe(false);
  });
});
