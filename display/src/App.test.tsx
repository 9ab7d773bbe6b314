import { createFakeHubClient, sampleSyncSnapshot } from '@cac/shared/client';
import type { FakeHubClient } from '@cac/shared/client';
import type { DomainEvent } from '@cac/shared/domain';
import { applyEvents } from '@cac/shared/domain';
import type { DisplayClientEvents } from '@cac/shared/protocol';
import { HubProvider, I18nProvider } from '@cac/shared/react';
import { act, render, screen, within } from '@testing-library/react';
import { App } from './App';
import { DISPLAY_CATALOGS } from './messages';

function renderDisplay(client: FakeHubClient<DisplayClientEvents>): void {
  render(
    <I18nProvider language="es" catalogs={DISPLAY_CATALOGS}>
      <HubProvider client={client}>
        <App />
      </HubProvider>
    </I18nProvider>,
  );
}

function onlineClient(): FakeHubClient<DisplayClientEvents> {
  const client = createFakeHubClient<DisplayClientEvents>();
  client.receiveSnapshot(sampleSyncSnapshot());
  return client;
}

describe('display', () => {
  it('features the latest call with its window', () => {
    renderDisplay(onlineClient());
    const current = screen.getByRole('region', { name: 'Turno' });
    expect(current).toHaveTextContent('R-001');
    expect(current).toHaveTextContent('Acérquese a');
    expect(current).toHaveTextContent('Ventanilla 1');
  });

  it('lists per service the people waiting and the estimated wait', () => {
    renderDisplay(onlineClient());
    const queues = within(screen.getByRole('region', { name: 'En espera' })).getAllByRole(
      'listitem',
    );
    expect(queues.map((queue) => queue.textContent)).toEqual([
      'Registro Civil2 personasespera 16 min',
      'Licencias de Funcionamiento0 personas',
      'Tributos (SAT)2 personasespera 16 min',
    ]);
  });

  it('moves the previous call to the list when a new one is made', () => {
    const client = onlineClient();
    renderDisplay(client);
    const { seq, state } = client.getSnapshot();
    if (!state) throw new Error('the sample snapshot has a state');
    const call: DomainEvent = {
      type: 'ticket:called',
      at: Date.UTC(2025, 2, 10, 14, 12),
      ticketId: 'tributos-1',
      windowId: 'ventanilla-2',
      reason: null,
    };
    act(() => client.update({ seq: seq + 1, state: applyEvents(state, [call]) }));

    expect(screen.getByRole('region', { name: 'Turno' })).toHaveTextContent(
      'T-001Acérquese aVentanilla 2',
    );
    const recent = screen.getByRole('region', { name: 'Últimos llamados' });
    expect(within(recent).getByRole('row', { name: /R-001/ })).toHaveTextContent('Ventanilla 1');
  });

  it('shows the announcements', () => {
    renderDisplay(onlineClient());
    expect(screen.getByRole('contentinfo')).toHaveTextContent('Atención preferente para gestantes');
  });

  it('keeps the last picture and says "Reconectando…" discreetly while offline', () => {
    const client = onlineClient();
    renderDisplay(client);
    expect(screen.getByRole('status')).toBeEmptyDOMElement();

    act(() => client.update({ status: 'offline' }));

    expect(screen.getByRole('status')).toHaveTextContent('Reconectando…');
    expect(screen.getByRole('region', { name: 'Turno' })).toHaveTextContent('R-001');
  });

  it('says it is connecting before the first snapshot', () => {
    renderDisplay(createFakeHubClient());
    expect(screen.getByRole('status')).toHaveTextContent('Conectando…');
    expect(screen.getByText('Pronto llamaremos al primer turno')).toBeInTheDocument();
  });
});
