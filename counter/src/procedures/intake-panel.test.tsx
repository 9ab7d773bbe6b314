import { screen } from '@testing-library/react';
import { INTAKE, renderPanel } from './procedure-test-kit';

function field(name: string | RegExp): HTMLElement {
  return screen.getByRole('textbox', { name });
}

async function fillApplicantAndDocument(user: ReturnType<typeof renderPanel>['user']) {
  await user.type(field(/^Número de documento/), '10117410');
  await user.type(field(/^Nombres y apellidos$/), 'Rosa Chávez Vargas');
  await user.selectOptions(screen.getByRole('combobox', { name: 'Documento de identidad' }), 'dni');
  await user.selectOptions(screen.getByRole('combobox', { name: 'Tipo de documento' }), 'Carta');
  await user.type(field(/^Asunto/), 'Solicito constancia de posesión');
  await user.selectOptions(
    screen.getByRole('combobox', { name: 'Oficina de destino' }),
    'Subgerencia de Catastro',
  );
}

describe('mesa de partes', () => {
  it('checks the folios where they are typed', async () => {
    const { user } = renderPanel([INTAKE]);
    await user.type(field(/^N° de folios/), '2.5');
    await user.tab();
    expect(field(/^N° de folios/)).toHaveAccessibleDescription(
      'Escriba el número de folios en cifras, sin decimales: por ejemplo 3.',
    );
  });

  it('registers a filing with an observation: the 2-working-day deadline, the cargo printed', async () => {
    const { user, port, onFinish } = renderPanel([INTAKE]);
    expect(screen.getByText('Plazo legal: 30 días hábiles')).toBeInTheDocument();
    const observation = field(/^Observación al recibir/);
    expect(observation).toHaveAccessibleDescription(
      'Si observa el documento, el solicitante tiene 2 días hábiles para subsanar; si no lo hace, se tiene por no presentado.',
    );
    await fillApplicantAndDocument(user);
    await user.type(field(/^N° de folios/), '3');
    // Shift+Enter breaks a line; Enter registers.
    await user.type(observation, 'Falta la firma{Shift>}{Enter}{/Shift}en la página 2{Enter}');

    // 2026-11-24 is a Tuesday: two working days later is Thursday the 26th.
    expect(
      await screen.findByText(
        'Observado: tiene hasta el 26/11/2026 (2 días hábiles) para subsanar.',
      ),
    ).toBeInTheDocument();
    expect(port.callsOf('intake')).toEqual([
      expect.objectContaining({
        ticketId: 'ticket-1',
        procedureId: 'registro-expediente',
        applicant: {
          kind: 'person',
          documentType: 'dni',
          document: '10117410',
          names: 'Rosa Chávez Vargas',
        },
        documentType: 'Carta',
        subject: 'Solicito constancia de posesión',
        folios: 3,
        destinationOffice: 'Subgerencia de Catastro',
        observation: 'Falta la firma\nen la página 2',
      }),
    ]);
    expect(screen.getByText('26/11/2026')).toBeInTheDocument();
    expect(
      screen.getByText('Se imprimió el cargo en la impresora de la ventanilla.'),
    ).toBeInTheDocument();
    await user.keyboard('{Enter}');
    expect(onFinish).toHaveBeenCalledWith({
      outcome: 'observado',
      result: { kind: 'expediente', ref: 'EXP-2026-000123' },
    });
  });

  it('registers a filing without observation, and a retry of the same form opens no second expediente', async () => {
    const { user, port } = renderPanel([INTAKE]);
    await fillApplicantAndDocument(user);
    port.refuseNext('intake', {
      code: 'HUB_TIMEOUT',
      message: 'El servidor no respondió a tiempo.',
    });
    await user.type(field(/^N° de folios/), '12{Enter}');
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'El servidor no respondió a tiempo.',
    );

    await user.click(screen.getByRole('button', { name: 'Registrar y imprimir cargo' }));
    expect(await screen.findByText('Expediente registrado.')).toBeInTheDocument();
    const [first, second] = port.callsOf('intake') as { requestId: string }[];
    expect(second?.requestId).toBe(first?.requestId);
    expect(screen.getByText('EXP-2026-000123 · Expediente N° 000123-2026-MPC')).toBeInTheDocument();
    expect(screen.queryByText('Plazo para subsanar')).not.toBeInTheDocument();
  });
});
