import { screen, waitFor } from '@testing-library/react';
import { BIRTH_COPY, MARRIAGE_COPY, renderPanel } from './procedure-test-kit';

function field(name: string | RegExp): HTMLElement {
  return screen.getByRole('textbox', { name });
}

describe('the certified copy of an acta', () => {
  it('validates where it is typed: a DNI with a wrong check character, an impossible date', async () => {
    const { user } = renderPanel([BIRTH_COPY]);

    await user.type(field(/^Número de documento/), '10117410-3');
    await user.tab();
    const dni = field(/^Número de documento/);
    expect(dni).toHaveAttribute('aria-invalid', 'true');
    expect(dni).toHaveAccessibleDescription(
      'El dígito de verificación no corresponde a este DNI. Revise el número y el carácter que va después del guion.',
    );

    // Fixed while typing: the message goes as soon as the number is right.
    await user.clear(dni);
    await user.type(dni, '10117410-2');
    expect(dni).not.toHaveAttribute('aria-invalid');

    const date = field(/^Fecha de nacimiento/);
    await user.type(date, '30/02/2020');
    await user.tab();
    expect(date).toHaveAccessibleDescription(
      'DD/MM/AAAA, si la conoce La fecha 30/02/2020 no existe en el calendario. Revise el día y el mes.',
    );
  });

  it('issues the first birth copy free, recording the legal reason, and finishes with the record', async () => {
    const { user, port, onFinish } = renderPanel([BIRTH_COPY]);
    expect(screen.getByText('S/ 11.00')).toBeInTheDocument();

    await user.click(screen.getAllByRole('checkbox', { name: /Solicitud/ })[0] as HTMLElement);
    await user.type(field(/^Nombres y apellidos de la persona inscrita/), 'Lucía Quispe Rojas');
    await user.type(field(/^Fecha de nacimiento/), '05/03/2015');
    await user.type(field(/^Libro/), '12');
    await user.type(field(/^Folio/), '345');
    await user.type(field(/^Número de documento/), '10117410');
    await user.type(field(/^Nombres y apellidos$/), 'Rosa Rojas Vargas');
    const free = screen.getByRole('checkbox', {
      name: 'Primera copia certificada del acta de nacimiento: gratuita',
    });
    expect(free).toHaveAccessibleDescription(/^Ley 29462: la primera copia certificada/);
    await user.click(free);
    expect(screen.getByText('Gratuito')).toBeInTheDocument();
    await user.type(field(/^N° de recibo/), 'C-0001{Enter}');

    await screen.findByText('Copia emitida con el recibo C-0001. Derecho: Gratuito.');
    expect(port.callsOf('actaCopy')).toEqual([
      expect.objectContaining({
        procedureId: 'copia-acta-nacimiento',
        ticketId: 'ticket-1',
        registered: { names: 'Lucía Quispe Rojas', date: '2015-03-05', book: '12', folio: '345' },
        requester: {
          kind: 'person',
          documentType: 'dni',
          document: '10117410',
          names: 'Rosa Rojas Vargas',
        },
        firstBirthCopyFree: true,
        result: { kind: 'issued', receiptNumber: 'C-0001' },
      }),
    ]);

    const finish = screen.getByRole('button', { name: 'Finalizar atención' });
    expect(finish).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(onFinish).toHaveBeenCalledWith({
      outcome: 'atendido',
      result: { kind: 'record', ref: 'ACT-2026-000001' },
    });
  });

  it('offers no free copy for a marriage acta, and records an acta not found', async () => {
    const { user, port, onFinish } = renderPanel([MARRIAGE_COPY]);
    expect(screen.queryByRole('checkbox', { name: /gratuita/ })).not.toBeInTheDocument();

    await user.type(field(/^Nombres y apellidos de la persona inscrita/), 'Juan Pérez');
    await user.click(screen.getByRole('radio', { name: 'Acta no encontrada' }));
    expect(screen.queryByRole('textbox', { name: /recibo/ })).not.toBeInTheDocument();
    await user.selectOptions(
      screen.getByRole('combobox', { name: 'Documento de identidad' }),
      'ce',
    );
    await user.type(field(/^Número de documento/), 'AB1234');
    await user.tab();
    // A carné of unusual length is a warning, not a refusal.
    expect(field(/^Número de documento/)).toHaveAccessibleDescription(
      'El carné de extranjería suele tener 9 dígitos. Revise que el número esté bien copiado.',
    );
    await user.type(field(/^Nombres y apellidos$/), 'Ana Pérez');
    await user.click(screen.getByRole('button', { name: 'Registrar resultado' }));

    await screen.findByText('El acta no se encontró; la búsqueda quedó registrada.');
    expect(port.callsOf('actaCopy')).toEqual([
      expect.objectContaining({
        firstBirthCopyFree: false,
        requester: { kind: 'person', documentType: 'ce', document: 'AB1234', names: 'Ana Pérez' },
        result: { kind: 'not-found' },
      }),
    ]);
    await user.click(screen.getByRole('button', { name: 'Finalizar atención' }));
    expect(onFinish).toHaveBeenCalledWith({
      outcome: 'observado',
      result: { kind: 'record', ref: 'ACT-2026-000001' },
    });
  });

  it('sends nothing while fields are wrong, and shows the hub’s refusal in the alert', async () => {
    const { user, port } = renderPanel([BIRTH_COPY]);
    await user.click(screen.getByRole('button', { name: 'Registrar resultado' }));
    expect(screen.getByRole('alert')).toHaveTextContent(
      'Revise los datos marcados en rojo antes de continuar.',
    );
    expect(field(/^Nombres y apellidos de la persona inscrita/)).toHaveFocus();
    expect(port.calls).toEqual([]);

    port.refuseNext('actaCopy', {
      code: 'FORBIDDEN',
      message: 'Esta ventanilla no atiende el ticket.',
    });
    await user.type(field(/^Nombres y apellidos de la persona inscrita/), 'Lucía Quispe');
    await user.type(field(/^Número de documento/), '10117410');
    await user.type(field(/^Nombres y apellidos$/), 'Rosa Rojas');
    await user.type(field(/^N° de recibo/), 'C-1{Enter}');
    await waitFor(() =>
      expect(screen.getByRole('alert')).toHaveTextContent('Esta ventanilla no atiende el ticket.'),
    );
    expect(screen.getByRole('button', { name: 'Registrar resultado' })).toBeEnabled();
  });
});
