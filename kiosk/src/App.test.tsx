import { createFakeHubClient, sampleSyncSnapshot } from '@cac/shared/client';
import type { FakeHubClient } from '@cac/shared/client';
import type { IssuedTicket, KioskClientEvents } from '@cac/shared/protocol';
import { HubProvider, I18nProvider } from '@cac/shared/react';
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App } from './App';
import { KIOSK_CATALOGS } from './messages';

function renderKiosk(client: FakeHubClient<KioskClientEvents>): void {
  render(
    <I18nProvider language="es" catalogs={KIOSK_CATALOGS}>
      <HubProvider client={client}>
        <App />
      </HubProvider>
    </I18nProvider>,
  );
}

function onlineClient(): FakeHubClient<KioskClientEvents> {
  const client = createFakeHubClient<KioskClientEvents>();
  client.receiveSnapshot(sampleSyncSnapshot());
  return client;
}

const ISSUED: IssuedTicket = {
  id: 'licencias-1',
  number: 'L-001',
  serviceId: 'licencias',
  category: 'none',
  status: 'waiting',
  position: 0,
  estimatedWaitMin: 0,
  issuedAt: '2025-03-10T14:10:00.000Z',
  accessKey: 'k3y',
  statusUrl: '/t/licencias-1?k=k3y',
};

describe('kiosk', () => {
  it('says it is connecting and offers no ticket before the hub answers', () => {
    renderKiosk(createFakeHubClient());
    expect(screen.getByRole('status')).toHaveTextContent('Conectando…');
    expect(screen.queryByRole('button')).not.toBeInTheDocument();
  });

  it('shows one button per active service with people waiting and the estimated wait', () => {
    renderKiosk(onlineClient());
    expect(
      screen.getByRole('heading', { name: 'Centro de Atención al Ciudadano' }),
    ).toBeInTheDocument();
    const services = within(screen.getByRole('list', { name: 'Trámites' })).getAllByRole('button');
    expect(services).toHaveLength(3);
    // R-001 is at a window; wait, one open window, 8 min each.
    expect(screen.getByRole('button', { name: /Registro Civil/ })).toHaveTextContent(
      '2 personas esperando · Espera aprox. 16 min',
    );
    expect(screen.getByRole('button', { name: /Licencias de Funcionamiento/ })).toHaveTextContent(
      'Nadie esperando · Sin espera',
    );
  });

  it('takes a ticket of category none and shows its number huge', async () => {
    const user = userEvent.setup();
    const client = onlineClient();
    client.onCommand(() => ({ ok: true, value: { seq: 9, ticket: null, issued: ISSUED } }));
    renderKiosk(client);

    await user.click(screen.getByRole('button', { name: /Licencias de Funcionamiento/ }));

    expect(await screen.findByRole('heading', { name: 'Retire su ticket' })).toBeInTheDocument();
    expect(screen.getByText('L-001')).toBeInTheDocument();
    expect(screen.getByText('Usted es el siguiente')).toBeInTheDocument();
    expect(client.commands).toEqual([
      { name: 'ticket:take', payload: { serviceId: 'licencias', category: 'none' } },
    ]);

    await user.click(
      screen.getByRole('button', { name: 'Toque la pantalla para volver al inicio' }),
    );
    expect(screen.getByRole('list', { name: 'Trámites' })).toBeInTheDocument();
  });

  it('says how many people are ahead and how long they will take', async () => {
    const user = userEvent.setup();
    const client = onlineClient();
    client.onCommand(() => ({
      ok: true,
      value: {
        seq: 9,
        ticket: null,
        issued: { ...ISSUED, number: 'R-004', position: 2, estimatedWaitMin: 16 },
      },
    }));
    renderKiosk(client);

    await user.click(screen.getByRole('button', { name: /Registro Civil/ }));

    expect(await screen.findByText('R-004')).toBeInTheDocument();
    expect(screen.getByText('Antes que usted: 2 personas')).toBeInTheDocument();
    expect(screen.getByText('Espera aproximada: 16 min')).toBeInTheDocument();
  });

  it('explains a refusal from the hub and goes back', async () => {
    const user = userEvent.setup();
    const client = onlineClient();
    client.onCommand(() => ({
      ok: false,
      error: {
        code: 'OFFICE_CLOSED',
        message: 'La atención de hoy terminó. Vuelva mañana desde las 07:30.',
      },
    }));
    renderKiosk(client);

    await user.click(screen.getByRole('button', { name: /Tributos/ }));

    expect(await screen.findByRole('alert')).toHaveTextContent('La atención de hoy terminó.');
    await user.click(screen.getByRole('button', { name: 'Volver al inicio' }));
    expect(screen.getByRole('list', { name: 'Trámites' })).toBeInTheDocument();
  });

  it('goes out of service while the hub is unreachable, and back when it returns', () => {
    const client = onlineClient();
    renderKiosk(client);

    act(() => client.update({ status: 'offline' }));

    expect(
      screen.getByRole('heading', { name: 'Fuera de servicio por un momento' }),
    ).toBeInTheDocument();
    expect(screen.queryByRole('list', { name: 'Trámites' })).not.toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent(
      'Sin conexión con el servidor. Reconectando…',
    );

    act(() => client.update({ status: 'online' }));
    expect(screen.getByRole('list', { name: 'Trámites' })).toBeInTheDocument();
  });

  it('asks to be paired when the hub refuses its key', () => {
    renderKiosk(
      createFakeHubClient({
        status: 'rejected',
        error: { code: 'UNAUTHENTICATED', message: 'La clave del dispositivo no es válida.' },
      }),
    );
    expect(screen.getByRole('heading', { name: 'Dispositivo no emparejado' })).toBeInTheDocument();
    expect(screen.getByRole('main')).toHaveTextContent('La clave del dispositivo no es válida.');
  });
});
