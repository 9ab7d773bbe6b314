import { createFakeHubClient } from '@cac/shared/client';
import type { FakeHubClient, HubClientOptions } from '@cac/shared/client';
import type { CounterClientEvents } from '@cac/shared/protocol';
import { I18nProvider } from '@cac/shared/react';
import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App } from './App';
import { COUNTER_CATALOGS } from './messages';
import { clerkSnapshot } from './test-support/clerk-office';
import { floorSnapshot } from './supervisor/test-kit';
import { memoryStore } from './test-support/render-clerk';
import { createSimulatedHub } from './test-support/simulated-hub';
import type { StaffApi } from './staff-api';
import type { SessionStore, StaffSession } from './staff-session';

const ANA: StaffSession = {
  token: 'staff-token-0123456789',
  user: { id: 'clerk1', name: 'Ana Quispe Huamán', role: 'clerk' },
};

const JORGE: StaffSession = {
  token: 'staff-token-supervisor-0123',
  user: { id: 'supervisor', name: 'Jorge Cabrera Sánchez', role: 'supervisor' },
};

function setup(
  options: {
    api?: Partial<StaffApi>;
    store?: SessionStore;
    hub?: FakeHubClient<CounterClientEvents>;
  } = {},
) {
  const hub: FakeHubClient<CounterClientEvents> =
    options.hub ?? createFakeHubClient<CounterClientEvents>();
  const connections: HubClientOptions[] = [];
  const api: StaffApi = {
    login: vi.fn(async () => ({ ok: true as const, value: ANA })),
    logout: vi.fn(async () => undefined),
    ...options.api,
  };
  const store = options.store ?? memoryStore();
  render(
    <I18nProvider language="es" catalogs={COUNTER_CATALOGS}>
      <App
        origin="http://hub.local"
        api={api}
        store={store}
        createClient={(connection) => {
          connections.push(connection);
          return hub;
        }}
      />
    </I18nProvider>,
  );
  return { hub, api, store, connections, user: userEvent.setup() };
}

async function signIn(user: ReturnType<typeof userEvent.setup>, pin = '1234'): Promise<void> {
  await user.type(screen.getByLabelText('Usuario'), 'clerk1');
  await user.type(screen.getByLabelText('PIN'), pin);
  await user.click(screen.getByRole('button', { name: 'Ingresar' }));
}

describe('counter', () => {
  it('shows the hub’s Spanish message next to the form when the PIN is wrong', async () => {
    const { user, api } = setup({
      api: {
        login: vi.fn(async () => ({
          ok: false as const,
          error: {
            code: 'INVALID_CREDENTIALS' as const,
            message: 'El usuario o el PIN no son correctos.',
          },
        })),
      },
    });

    await signIn(user, '9999');

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'El usuario o el PIN no son correctos.',
    );
    expect(api.login).toHaveBeenCalledWith('clerk1', '9999');
    // The PIN is cleared and focused for the next try; the username stays.
    expect(screen.getByLabelText('PIN')).toHaveValue('');
    expect(screen.getByLabelText('PIN')).toHaveFocus();
    expect(screen.getByLabelText('Usuario')).toHaveValue('clerk1');
  });

  it('says so when the hub cannot be reached', async () => {
    const { user } = setup({
      api: { login: vi.fn(async () => ({ ok: false as const, error: null })) },
    });
    await signIn(user);
    expect(await screen.findByRole('alert')).toHaveTextContent('No se pudo contactar al servidor.');
  });

  it('is usable with the keyboard alone', async () => {
    const { user, api } = setup();
    expect(screen.getByLabelText('Usuario')).toHaveFocus();
    await user.keyboard('clerk1');
    await user.tab();
    await user.keyboard('1234{Enter}');
    expect(api.login).toHaveBeenCalledWith('clerk1', '1234');
  });

  it('connects a supervisor with the token and shows who is signed in, every window and the queues', async () => {
    const { user, hub, store, connections } = setup({
      api: { login: vi.fn(async () => ({ ok: true as const, value: JORGE })) },
    });
    await signIn(user);
    // The login answer arrives asynchronously; wait for the signed-in screen before the hub talks.
    await screen.findByRole('button', { name: 'Cerrar sesión' });
    act(() => hub.receiveSnapshot(floorSnapshot()));

    await waitFor(() => expect(screen.getByText('Conectado')).toBeInTheDocument());
    expect(connections).toEqual([
      { url: 'http://hub.local', namespace: 'counter', token: JORGE.token },
    ]);
    expect(screen.getByText('Sesión de Jorge Cabrera Sánchez (supervisión)')).toBeInTheDocument();
    // The supervisor lands on the live floor: every window with its clerk, every queue.
    expect(screen.getByRole('heading', { name: 'Supervisión de la sala' })).toBeInTheDocument();
    const windows = screen.getByRole('region', { name: 'Ventanillas' });
    expect(within(windows).getByRole('row', { name: /Ventanilla 1/ })).toHaveTextContent(
      'Ana Quispe Huamán',
    );
    expect(within(windows).getByRole('row', { name: /Ventanilla 3/ })).toHaveTextContent('Cerrada');
    expect(screen.getByRole('region', { name: /Colas/ })).toHaveTextContent('Registro Civil');
    expect(store.getItem('cac.counter.session')).toBe(JSON.stringify(JORGE));
  });

  it('takes a clerk to her desk, where the hub says she holds a window', async () => {
    const { user, hub, connections } = setup();
    await signIn(user);
    await screen.findByRole('status');
    act(() => hub.receiveSnapshot(clerkSnapshot()));

    expect(connections).toEqual([
      { url: 'http://hub.local', namespace: 'counter', token: ANA.token },
    ]);
    expect(screen.getByRole('heading', { level: 1, name: 'Ventanilla 1' })).toBeInTheDocument();
    expect(screen.getByText('Ana Quispe Huamán')).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Ticket actual' })).toHaveTextContent('R-001');
  });

  it('keeps the session across a reload or a restart of the app', () => {
    const store = memoryStore();
    store.setItem('cac.counter.session', JSON.stringify(ANA));
    const hub = createFakeHubClient<CounterClientEvents>();
    hub.receiveSnapshot(clerkSnapshot());
    setup({ store, hub });
    expect(screen.getByRole('heading', { level: 1, name: 'Ventanilla 1' })).toBeInTheDocument();
    expect(screen.queryByLabelText('PIN')).not.toBeInTheDocument();
  });

  it('signs a supervisor out: ends the session on the hub, forgets it, and shows the form again', async () => {
    const store = memoryStore();
    store.setItem('cac.counter.session', JSON.stringify(JORGE));
    const { user, api } = setup({ store });

    await user.click(screen.getByRole('button', { name: 'Cerrar sesión' }));

    expect(api.logout).toHaveBeenCalledWith(JORGE.token);
    expect(store.entries.size).toBe(0);
    expect(screen.getByRole('heading', { name: 'Ingreso del personal' })).toBeInTheDocument();
  });

  it('signs a clerk out by closing her window first, then ending the session', async () => {
    const store = memoryStore();
    store.setItem('cac.counter.session', JSON.stringify(ANA));
    // Ana holds Ventanilla 1, now with nothing at it.
    const hub = createSimulatedHub(clerkSnapshot());
    hub.commandAs({ id: 'clerk1', role: 'clerk' }, 'ticket:no-show', {
      ticketId: 'registro-civil-1',
    });
    const { user, api } = setup({ store, hub });

    await user.keyboard('s');

    await screen.findByRole('heading', { name: 'Ingreso del personal' });
    expect(hub.commands).toEqual([{ name: 'window:close', payload: { windowId: 'ventanilla-1' } }]);
    expect(hub.getSnapshot().state?.windows['ventanilla-1']?.status).toBe('closed');
    expect(api.logout).toHaveBeenCalledWith(ANA.token);
    expect(store.entries.size).toBe(0);
  });

  it('returns to the form when the hub no longer accepts the token', () => {
    const store = memoryStore();
    store.setItem('cac.counter.session', JSON.stringify(ANA));
    const { hub } = setup({ store });

    act(() =>
      hub.update({
        status: 'rejected',
        error: { code: 'UNAUTHENTICATED', message: 'Su sesión no está iniciada o ha vencido.' },
      }),
    );

    expect(screen.getByText('Su sesión terminó. Ingrese de nuevo.')).toBeInTheDocument();
    expect(store.entries.size).toBe(0);
  });

  it('shows that the link is down while keeping the last known picture', () => {
    const store = memoryStore();
    store.setItem('cac.counter.session', JSON.stringify(JORGE));
    const { hub } = setup({ store });
    act(() => hub.receiveSnapshot(floorSnapshot()));

    act(() => hub.update({ status: 'offline' }));

    expect(screen.getByText('Sin conexión con el servidor. Reconectando…')).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Ventanillas' })).toBeInTheDocument();
  });
});
