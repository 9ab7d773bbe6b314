import { screen, within } from '@testing-library/react';
import { LICENCE, renderPanel } from './procedure-test-kit';

function field(name: string | RegExp): HTMLElement {
  return screen.getByRole('textbox', { name });
}

function checklist(): string[] {
  return within(screen.getByRole('group', { name: /^Requisitos/ }))
    .getAllByRole('checkbox')
    .map((box) => box.closest('label')?.textContent ?? '');
}

const COMMON = 'Formato de solicitud y declaración jurada con RUC y DNI o carné de extranjería';

describe('the business licence', () => {
  it.each([
    {
      level: 'Bajo',
      itse: /^ITSE después de la licencia/,
      fee: 'S/ 263.20',
      days: '4 días hábiles',
      checklist: [COMMON, 'Declaración jurada de cumplimiento de condiciones de seguridad'],
    },
    {
      level: 'Medio',
      itse: /^ITSE después de la licencia/,
      fee: 'S/ 420.30',
      days: '4 días hábiles',
      checklist: [COMMON, 'Declaración jurada de cumplimiento de condiciones de seguridad'],
    },
    {
      level: 'Alto',
      itse: /^ITSE antes de la licencia/,
      fee: 'S/ 553.30 (10.06 % de la UIT 2026)',
      days: '10 días hábiles',
      checklist: [
        COMMON,
        'Planos de arquitectura, distribución y seguridad',
        'Certificado de pozo a tierra',
        'Plan de seguridad',
        'Solicitud de inspección técnica de seguridad (ITSE) previa',
      ],
    },
    {
      level: 'Muy alto',
      itse: /^ITSE antes de la licencia/,
      fee: 'S/ 994.95 (18.09 % de la UIT 2026)',
      days: '8 días hábiles',
      checklist: [
        COMMON,
        'Planos de arquitectura, distribución y seguridad',
        'Certificado de pozo a tierra',
        'Plan de seguridad',
        'Solicitud de inspección técnica de seguridad (ITSE) previa',
      ],
    },
  ])(
    'risk $level: the ITSE timing, its checklist, the fee and the time limit',
    async ({ level, itse, fee, days, checklist: expected }) => {
      const { user } = renderPanel([LICENCE]);
      const risk = screen.getByRole('group', { name: 'Nivel de riesgo' });
      expect(risk).toHaveAccessibleDescription(
        'Elija el nivel de riesgo para ver sus requisitos, el derecho y el plazo.',
      );

      await user.click(within(risk).getByRole('radio', { name: level }));

      expect(risk).toHaveAccessibleDescription(itse);
      expect(checklist()).toEqual(expected);
      expect(screen.getByText(fee)).toBeInTheDocument();
      expect(screen.getByText(`Plazo legal: ${days}`)).toBeInTheDocument();
    },
  );

  it('checks a company’s RUC (mod 11) and its representative’s DNI, and an area with a comma', async () => {
    const { user } = renderPanel([LICENCE]);
    await user.selectOptions(
      screen.getByRole('combobox', { name: 'Tipo de solicitante' }),
      'company',
    );
    await user.type(field(/^RUC/), '20512333798');
    await user.tab();
    expect(field(/^RUC/)).toHaveAccessibleDescription(
      'El último dígito del RUC no corresponde a los anteriores. Revise que el número esté bien copiado.',
    );
    await user.type(field(/^Área/), '45,50');
    await user.tab();
    expect(field(/^Área/)).toHaveAccessibleDescription(
      'Use punto para los decimales del área, no coma: por ejemplo 45.50.',
    );
  });

  it('opens an expediente: number, key, due date, the cargo printed, then finishes with it', async () => {
    const { user, port, onFinish } = renderPanel([LICENCE]);
    await user.selectOptions(
      screen.getByRole('combobox', { name: 'Tipo de solicitante' }),
      'company',
    );
    await user.type(field(/^RUC/), '20512333797');
    await user.type(field(/^Razón social/), 'Inversiones Cumbe S.A.C.');
    await user.type(field(/^DNI del representante/), '45055499-E');
    await user.type(field(/^Nombres y apellidos del representante/), 'Carlos Cumbe Díaz');
    await user.type(field(/^Nombre comercial/), 'Restaurante El Cumbe');
    await user.type(field(/^Giro/), 'Restaurante');
    await user.type(field(/^Dirección/), 'Jr. Amalia Puga 245');
    await user.type(field(/^Área/), '120.5');
    await user.click(screen.getByRole('radio', { name: 'Alto' }));
    for (const box of within(screen.getByRole('group', { name: /^Requisitos/ })).getAllByRole(
      'checkbox',
    )) {
      await user.click(box);
    }
    await user.click(screen.getByRole('button', { name: 'Registrar solicitud' }));

    await screen.findByText(/^Solicitud registrada\. ITSE antes de la licencia/);
    expect(port.callsOf('licence')).toEqual([
      expect.objectContaining({
        applicant: {
          kind: 'company',
          ruc: '20512333797',
          businessName: 'Inversiones Cumbe S.A.C.',
          representative: { dni: '45055499', names: 'Carlos Cumbe Díaz' },
        },
        tradeName: 'Restaurante El Cumbe',
        areaM2: 120.5,
        riskLevel: 'alto',
        requirementsChecked: expect.arrayContaining(['Certificado de pozo a tierra']),
      }),
    ]);
    expect(screen.getByText('EXP-2026-000123 · Expediente N° 000123-2026-MPC')).toBeInTheDocument();
    expect(screen.getByText('K123QX')).toBeInTheDocument();
    expect(screen.getByText('08/12/2026')).toBeInTheDocument();
    expect(screen.getByText('S/ 553.30')).toBeInTheDocument();
    expect(
      screen.getByText('Se imprimió el cargo en la impresora de la ventanilla.'),
    ).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Reimprimir cargo' }));
    expect(port.callsOf('reprint')).toEqual([{ kind: 'cargo', ref: 'EXP-2026-000123' }]);

    await user.click(screen.getByRole('button', { name: 'Finalizar atención' }));
    expect(onFinish).toHaveBeenCalledWith({
      outcome: 'expediente-registrado',
      result: { kind: 'expediente', ref: 'EXP-2026-000123' },
    });
  });

  it('asks for an observation when a requirement is missing', async () => {
    const { user, port } = renderPanel([LICENCE]);
    await user.type(field(/^Número de documento/), '10117410');
    await user.type(field(/^Nombres y apellidos$/), 'Rosa Chávez');
    await user.type(field(/^Nombre comercial/), 'Bodega Rosita');
    await user.type(field(/^Giro/), 'Bodega');
    await user.type(field(/^Dirección/), 'Jr. Junín 120');
    await user.type(field(/^Área/), '30');
    await user.click(screen.getByRole('radio', { name: 'Bajo' }));
    await user.click(screen.getByRole('button', { name: 'Registrar solicitud' }));
    expect(field(/^Observación/)).toHaveAccessibleDescription(
      'Faltan requisitos: escriba en la observación cuáles faltan, o márquelos cuando los presente.',
    );
    expect(field(/^Observación/)).toHaveFocus();
    expect(port.calls).toEqual([]);

    await user.type(field(/^Observación/), 'Falta la declaración jurada de seguridad');
    await user.click(screen.getByRole('button', { name: 'Registrar solicitud' }));
    await screen.findByText(/^Solicitud registrada/);
    expect(port.callsOf('licence')).toEqual([
      expect.objectContaining({
        applicant: {
          kind: 'person',
          documentType: 'dni',
          document: '10117410',
          names: 'Rosa Chávez',
        },
        observation: 'Falta la declaración jurada de seguridad',
        requirementsChecked: [],
      }),
    ]);
  });
});
