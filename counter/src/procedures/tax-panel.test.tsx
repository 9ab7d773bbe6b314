import { screen, waitFor, within } from '@testing-library/react';
import { createFakeProcedurePort } from './fake-procedure-port';
import { TAXES, TEST_PROCEDURES, renderPanel } from './procedure-test-kit';

function field(name: string | RegExp): HTMLElement {
  return screen.getByRole('textbox', { name });
}

async function findByPlate(user: ReturnType<typeof renderPanel>['user']): Promise<HTMLElement> {
  await user.selectOptions(screen.getByRole('combobox', { name: 'Buscar por' }), 'plate');
  await user.type(field(/^Placa del vehículo/), 'abc-123{Enter}');
  return screen.findByRole('table', { name: /^Deudas pendientes de Rosa Chávez Vargas/ });
}

describe('tax payments', () => {
  it('checks the lookup key where it is typed', async () => {
    const { user, port } = renderPanel([TAXES]);
    await user.selectOptions(screen.getByRole('combobox', { name: 'Buscar por' }), 'document');
    await user.type(field(/^DNI o RUC/), '20512333798{Enter}');
    expect(field(/^DNI o RUC/)).toHaveAccessibleDescription(
      'El último dígito del RUC no corresponde a los anteriores. Revise que el número esté bien copiado.',
    );
    expect(port.calls).toEqual([]);
    await user.clear(field(/^DNI o RUC/));
    await user.type(field(/^DNI o RUC/), '45055499{Enter}');
    expect(await screen.findByRole('status')).toHaveTextContent(
      'No hay deudas pendientes para 45055499.',
    );
  });

  it('lists the debts with each papeleta’s discount and why, and totals the selection', async () => {
    const { user } = renderPanel([TAXES]);
    const table = await findByPlate(user);
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((row) => row.textContent)).toEqual([
      'Impuesto predial 2026 cuota 430/11/2026S/ 120.50S/ 0.00S/ 120.50',
      'Arbitrios 2026-1130/11/2026S/ 35.00S/ 0.00S/ 35.00',
      'Papeleta G57 ABC-12383 % de descuento: se paga dentro del plazo de pronto pago contado desde la imposición (23/11/2026).24/11/2026S/ 428.00S/ 355.24S/ 72.76',
      'Papeleta M02 ABC-123Sin descuento: la infracción M02 es de las muy graves que la ordenanza excluye.24/11/2026S/ 2,140.00S/ 0.00S/ 2,140.00',
    ]);
    const g57 = screen.getByRole('checkbox', { name: 'Pagar Papeleta G57 ABC-123' });
    expect(g57).toHaveAccessibleDescription(/^83 % de descuento/);

    await user.click(g57);
    await user.click(screen.getByRole('checkbox', { name: 'Pagar Impuesto predial 2026 cuota 4' }));
    expect(screen.getByTestId('tax-total')).toHaveTextContent('S/ 193.26');
    expect(screen.getByText(/2 deudas seleccionadas/)).toBeInTheDocument();

    // Cash: an amount with a decimal comma is named; the change is shown.
    const cash = field(/^Efectivo recibido/);
    await user.type(cash, '200,00');
    await user.tab();
    expect(cash).toHaveAccessibleDescription(
      'El monto no es válido. Escríbalo con punto para los céntimos, por ejemplo 11.50 o 1,263.20.',
    );
    await user.clear(cash);
    await user.type(cash, '200');
    expect(cash).toHaveAccessibleDescription('Vuelto: S/ 6.74');
  });

  it('pays once on a double click: one paymentId, the button disabled while in flight', async () => {
    const port = createFakeProcedurePort({ today: '2026-11-24', procedures: TEST_PROCEDURES });
    const { user, onFinish } = renderPanel([TAXES], { port });
    await findByPlate(user);
    await user.click(screen.getByRole('checkbox', { name: 'Pagar Papeleta G57 ABC-123' }));
    await user.click(screen.getByRole('radio', { name: 'Yape' }));
    const pay = screen.getByRole('button', { name: 'Cobrar S/ 72.76' });

    // The operation number is required except in cash.
    await user.click(pay);
    expect(field(/^N° de operación/)).toHaveAccessibleDescription(
      'Escriba el número de operación del pago con Yape.',
    );
    expect(port.callsOf('pay')).toEqual([]);
    await user.type(field(/^N° de operación/), '987654');

    const release = port.hold('pay');
    await user.dblClick(pay);
    await waitFor(() => expect(screen.getByRole('button', { name: 'Enviando…' })).toBeDisabled());
    await user.keyboard('{Enter}');
    release();

    expect(
      await screen.findByText('Pago registrado: recibo REC-2026-000001, S/ 72.76.'),
    ).toBeInTheDocument();
    expect(port.callsOf('pay')).toEqual([
      {
        ticketId: 'ticket-1',
        paymentId: expect.any(String),
        debtIds: ['debt-papeleta-g57'],
        method: 'yape',
        reference: '987654',
      },
    ]);
    expect(
      within(screen.getByRole('table', { name: 'Detalle del recibo' }))
        .getAllByRole('row')
        .map((row) => row.textContent),
    ).toEqual(['ConceptoMontoDescuentoA pagar', 'Papeleta G57 ABC-123S/ 428.00S/ 355.24S/ 72.76']);
    expect(
      screen.getByText('Se imprimió el recibo en la impresora de la ventanilla.'),
    ).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Finalizar atención' }));
    expect(onFinish).toHaveBeenCalledWith({
      outcome: 'pagado',
      result: { kind: 'receipt', ref: 'REC-2026-000001' },
    });
  });

  it('the ledger answers a repeated paymentId with the first receipt and never charges a debt twice', async () => {
    const port = createFakeProcedurePort();
    const payment = {
      paymentId: 'p-1',
      debtIds: ['debt-arbitrios-2026-11'],
      method: 'efectivo' as const,
    };
    const first = await port.pay(payment);
    const again = await port.pay(payment);
    expect(again).toEqual(first);
    expect(await port.pay({ ...payment, paymentId: 'p-2' })).toEqual({
      ok: false,
      error: { code: 'DEBT_ALREADY_PAID', message: 'Esta deuda ya fue pagada.' },
    });
    const found = await port.findDebts({ by: 'taxpayer', value: 'C-000123' });
    expect(found.ok && found.value.debts.map((debt) => debt.id)).not.toContain(
      'debt-arbitrios-2026-11',
    );
  });
});
