import { act, render, screen } from '@testing-library/react';
import { createFakeHubClient } from '../client';
import { COMMON_MESSAGES_EN, COMMON_MESSAGES_ES } from '../i18n';
import { ConnectionBanner } from './connection-banner';
import { HubProvider } from './hub-context';
import { I18nProvider } from './i18n-context';

describe('ConnectionBanner', () => {
  it('follows the client through connecting, online, offline and rejected', () => {
    const client = createFakeHubClient();
    render(
      <HubProvider client={client}>
        <ConnectionBanner />
      </HubProvider>,
    );
    const banner = screen.getByRole('status');
    expect(banner).toHaveTextContent('Conectando…');

    act(() => client.update({ status: 'online' }));
    // Still there (a live region must exist before it changes), but empty.
    expect(banner).toBeEmptyDOMElement();

    act(() => client.update({ status: 'offline' }));
    expect(banner).toHaveTextContent('Sin conexión con el servidor. Reconectando…');

    act(() =>
      client.update({
        status: 'rejected',
        error: { code: 'PROTOCOL_MISMATCH', message: 'Recargue la página.' },
      }),
    );
    expect(banner).toHaveTextContent('El servidor rechazó la conexión: Recargue la página.');
  });

  it('can say "Conectado" while online, in the chosen language', () => {
    render(
      <I18nProvider language="en" catalogs={{ es: COMMON_MESSAGES_ES, en: COMMON_MESSAGES_EN }}>
        <HubProvider client={createFakeHubClient({ status: 'online' })}>
          <ConnectionBanner showWhenOnline />
        </HubProvider>
      </I18nProvider>,
    );
    expect(screen.getByRole('status')).toHaveTextContent('Connected');
  });

  it('only says "Reconectando…" in the discreet variant of the displays', () => {
    render(
      <HubProvider client={createFakeHubClient({ status: 'offline' })}>
        <ConnectionBanner variant="discreet" />
      </HubProvider>,
    );
    expect(screen.getByRole('status')).toHaveTextContent(/^Reconectando…$/);
  });
});
