import { HubProvider, I18nProvider } from '@cac/shared/react';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactNode } from 'react';
import { ClerkApp } from '../clerk/clerk-app';
import { COUNTER_CATALOGS } from '../messages';
import { clerkSnapshot } from '../test-support/clerk-office';
import { ANA, memoryStore } from '../test-support/render-clerk';
import { createSimulatedHub } from '../test-support/simulated-hub';
import { createFakeProcedurePort } from './fake-procedure-port';
import { ProcedurePortProvider } from './procedure-context';
import { BIRTH_COPY, INFORMATION, MARRIAGE_COPY } from './procedure-test-kit';

/** The sample office with Registro Civil offering the acta copies and an information procedure. */
function snapshotWithCatalog() {
  const base = clerkSnapshot();
  return {
    ...base,
    office: {
      ...base.office,
      services: base.office.services.map((service) =>
        service.id === 'registro-civil'
          ? { ...service, procedures: [BIRTH_COPY, MARRIAGE_COPY, INFORMATION] }
          : service,
      ),
    },
  };
}

function renderDesk(wrap: (children: ReactNode) => ReactNode = (children) => children) {
  const hub = createSimulatedHub(snapshotWithCatalog());
  const user = userEvent.setup();
  render(
    <I18nProvider language="es" catalogs={COUNTER_CATALOGS}>
      <HubProvider client={hub}>
        {wrap(
          <ClerkApp
            session={ANA}
            store={memoryStore()}
            onSignOut={vi.fn()}
            onSessionEnded={vi.fn()}
          />,
        )}
      </HubProvider>
    </I18nProvider>,
  );
  return { hub, user };
}

function slot(): HTMLElement {
  return screen.getByRole('region', { name: 'Panel del trámite' });
}

describe('procedure panels at the desk', () => {
  it('opens the service’s panel on start, and finishes the ticket with the outcome and the link', async () => {
    const port = createFakeProcedurePort({ procedures: [BIRTH_COPY, MARRIAGE_COPY] });
    const { hub, user } = renderDesk((children) => (
      <ProcedurePortProvider port={port}>{children}</ProcedurePortProvider>
    ));
    await user.keyboard('i');
    const chooser = await within(slot()).findByRole('combobox', { name: 'Trámite' });
    expect(
      within(chooser)
        .getAllByRole('option')
        .map((option) => option.textContent),
    ).toEqual([
      'Elija el trámite…',
      'Copia certificada de acta de nacimiento',
      'Copia certificada de acta de matrimonio',
      'Consulta de deuda y estado de cuenta',
    ]);
    await user.selectOptions(chooser, 'copia-acta-matrimonio');

    // Letters typed in a field are text, not the desk's shortcuts (F, T, P…).
    const names = within(slot()).getByRole('textbox', {
      name: /^Nombres y apellidos de la persona inscrita/,
    });
    await user.type(names, 'Fermín Tapia Paredes');
    expect(names).toHaveValue('Fermín Tapia Paredes');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();

    await user.type(
      within(slot()).getByRole('textbox', { name: /^Número de documento/ }),
      '10117410',
    );
    await user.type(
      within(slot()).getByRole('textbox', { name: /^Nombres y apellidos$/ }),
      'Rosa Tapia',
    );
    await user.type(within(slot()).getByRole('textbox', { name: /^N° de recibo/ }), 'C-77{Enter}');
    await within(slot()).findByText('Copia emitida con el recibo C-77. Derecho: S/ 11.00.');

    // F (the desk's own key; the focus is on a button, not in a field) carries the result too.
    expect(within(slot()).getByRole('button', { name: 'Finalizar atención' })).toHaveFocus();
    await user.keyboard('f');
    const dialog = await screen.findByRole('dialog', { name: 'Finalizar la atención de R-001' });
    expect(within(dialog).getByRole('radio', { name: /Atendido/ })).toBeChecked();
    expect(dialog).toHaveTextContent('La atención queda vinculada al registro ACT-2026-000001.');
    await user.keyboard('{Enter}');

    await waitFor(() =>
      expect(hub.commands.find((command) => command.name === 'ticket:finish')?.payload).toEqual({
        ticketId: expect.any(String),
        outcome: 'atendido',
        result: { kind: 'record', ref: 'ACT-2026-000001' },
      }),
    );
    await waitFor(() =>
      expect(screen.getByRole('region', { name: 'Ticket actual' })).toHaveTextContent(
        'Ventanilla libre.',
      ),
    );
  });

  it('finishes a general procedure without a link, and F alone still finishes as before', async () => {
    const { hub, user } = renderDesk();
    await user.keyboard('i');
    await user.selectOptions(
      await within(slot()).findByRole('combobox', { name: 'Trámite' }),
      'consulta-deuda',
    );
    expect(slot()).toHaveTextContent('Código de contribuyente, DNI/RUC o placa del vehículo');
    expect(slot()).toHaveTextContent('Derecho de trámite: Gratuito');
    await user.click(within(slot()).getByRole('button', { name: 'Finalizar atención' }));
    const dialog = await screen.findByRole('dialog');
    expect(dialog).not.toHaveTextContent('vinculada');
    await user.keyboard('{Enter}');
    await waitFor(() =>
      expect(hub.commands.find((command) => command.name === 'ticket:finish')?.payload).toEqual({
        ticketId: expect.any(String),
        outcome: 'atendido',
      }),
    );
  });

  it('sends the procedure to the hub over its client, shows its refusal, and a retry keeps the requestId', async () => {
    const { hub, user } = renderDesk();
    const answers = [
      {
        ok: false,
        error: { code: 'FORBIDDEN', message: 'Esta ventanilla no atiende ese trámite.' },
      },
      {
        ok: true,
        value: {
          recordId: 'ACT-2026-000045',
          fee: 0,
          result: { kind: 'issued', receiptNumber: 'C-1' },
        },
      },
    ] as const;
    let calls = 0;
    hub.onRequest(() => answers[Math.min(calls++, 1)] ?? answers[1]);
    await user.keyboard('i');
    await user.selectOptions(
      await within(slot()).findByRole('combobox', { name: 'Trámite' }),
      'copia-acta-nacimiento',
    );
    await user.type(
      within(slot()).getByRole('textbox', { name: /^Nombres y apellidos de la persona inscrita/ }),
      'Lucía Quispe',
    );
    await user.type(
      within(slot()).getByRole('textbox', { name: /^Número de documento/ }),
      '10117410',
    );
    await user.type(
      within(slot()).getByRole('textbox', { name: /^Nombres y apellidos$/ }),
      'Rosa Q',
    );
    await user.click(
      within(slot()).getByRole('checkbox', {
        name: 'Primera copia certificada del acta de nacimiento: gratuita',
      }),
    );
    await user.type(within(slot()).getByRole('textbox', { name: /^N° de recibo/ }), 'C-1{Enter}');
    expect(await within(slot()).findByRole('alert')).toHaveTextContent(
      'Esta ventanilla no atiende ese trámite.',
    );

    await user.click(within(slot()).getByRole('button', { name: 'Registrar resultado' }));
    await within(slot()).findByText('Copia emitida con el recibo C-1. Derecho: Gratuito.');
    const sent = hub.commands.filter((command) => command.name === 'procedure:acta-copy');
    expect(sent).toHaveLength(2);
    expect(sent[0]?.payload).toEqual({
      ticketId: expect.any(String),
      procedureId: 'copia-acta-nacimiento',
      requestId: expect.any(String),
      registered: { names: 'Lucía Quispe' },
      requester: { kind: 'person', documentType: 'dni', document: '10117410', names: 'Rosa Q' },
      firstBirthCopyFree: true,
      result: { kind: 'issued', receiptNumber: 'C-1' },
    });
    expect(sent[1]?.payload).toEqual(sent[0]?.payload);
  });
});
