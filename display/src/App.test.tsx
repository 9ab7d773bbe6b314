import { createFakeHubClient } from '@cac/shared/client';
import { act, screen, waitFor, within } from '@testing-library/react';
import { DEFAULT_DISPLAY_SETTINGS } from './settings/display-settings';
import { createFakeAnnouncer } from './speech/fake-announcer';
import { SAMPLE_NOW, morning, onlineClient, renderDisplay } from './test-support/display-fixture';

const featured = () => screen.getByRole('region', { name: 'Turno' });
const recentRows = () =>
  within(screen.getByRole('region', { name: 'Últimos llamados' }))
    .queryAllByRole('row')
    .slice(1)
    .map((row) => row.textContent);

describe('display: the featured call', () => {
  it('features the latest call with its window and its service', () => {
    renderDisplay(onlineClient());
    expect(featured()).toHaveTextContent('R-001Acérquese aVentanilla 1Registro Civil');
    expect(featured()).not.toHaveTextContent('llamado');
  });

  it('shows the preferential category, never a name', () => {
    const client = onlineClient();
    renderDisplay(client);
    // R-002 is a senior's ticket in the sample.
    morning().call('registro-civil-2', 'ventanilla-2').send(client);
    expect(featured()).toHaveTextContent(
      'R-002Acérquese aVentanilla 2Registro CivilAtención preferente · Persona adulta mayor',
    );
    expect(document.body).not.toHaveTextContent(/Quispe|Chávez/);
  });

  it('shows a recall again as "Segundo llamado", then "Tercer llamado"', () => {
    const client = onlineClient();
    renderDisplay(client);
    morning().recall('registro-civil-1').send(client);
    expect(featured()).toHaveTextContent('Segundo llamadoR-001Acérquese aVentanilla 1');
    morning().recall('registro-civil-1').send(client);
    expect(featured()).toHaveTextContent('Tercer llamadoR-001');
  });

  it('restarts the pulse for each new call and recall', () => {
    const client = onlineClient();
    renderDisplay(client);
    const before = featured().querySelector('.current-call__body');
    expect(before).toHaveAttribute('data-call', 'registro-civil-1#1');
    morning().recall('registro-civil-1').send(client);
    const after = featured().querySelector('.current-call__body');
    expect(after).toHaveAttribute('data-call', 'registro-civil-1#2');
    expect(after).not.toBe(before);
  });

  it('says it is waiting for the first call before any call', () => {
    renderDisplay(createFakeHubClient());
    expect(screen.getByRole('status')).toHaveTextContent('Conectando…');
    expect(screen.getByText('Pronto llamaremos al primer turno')).toBeInTheDocument();
  });
});

describe('display: the last calls', () => {
  it('moves the previous call to the list when a new one is made', () => {
    const client = onlineClient();
    renderDisplay(client);
    morning().call('tributos-1', 'ventanilla-2').send(client);
    expect(featured()).toHaveTextContent('T-001Acérquese aVentanilla 2');
    expect(recentRows()).toEqual(['R-001Ventanilla 1']);
  });

  it('lists six calls, newest first, each ticket once', () => {
    const client = onlineClient();
    renderDisplay(client);
    const day = morning();
    for (let n = 4; n <= 9; n += 1) day.issue('registro-civil', 'R', n);
    day
      .call('registro-civil-2', 'ventanilla-2')
      .call('registro-civil-3', 'ventanilla-3')
      .call('registro-civil-4', 'ventanilla-2')
      .recall('registro-civil-1')
      .call('registro-civil-5', 'ventanilla-3')
      .call('registro-civil-6', 'ventanilla-2')
      .call('registro-civil-7', 'ventanilla-3')
      .call('registro-civil-8', 'ventanilla-2')
      .send(client);
    expect(featured()).toHaveTextContent('R-008');
    // R-001 was recalled: it shows once, where its recall put it.
    expect(recentRows()).toEqual([
      'R-007Ventanilla 3',
      'R-006Ventanilla 2',
      'R-005Ventanilla 3',
      'R-001Ventanilla 1',
      'R-004Ventanilla 2',
      'R-003Ventanilla 3',
    ]);
  });
});

describe('display: queues', () => {
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
});

describe('display: zones', () => {
  const zoned = (serviceIds: string[] | null, windowIds: string[] | null) =>
    onlineClient({
      kind: 'device',
      deviceId: 'display-2',
      role: 'display',
      name: 'Pantalla de la sala 2',
      zone: { serviceIds, windowIds },
    });

  it('shows only the services of the zone its device has in office.json', () => {
    const client = zoned(['tributos'], null);
    renderDisplay(client);
    expect(screen.getByText('Pronto llamaremos al primer turno')).toBeInTheDocument();
    const queues = within(screen.getByRole('region', { name: 'En espera' })).getAllByRole(
      'listitem',
    );
    expect(queues.map((queue) => queue.textContent)).toEqual([
      'Tributos (SAT)2 personasespera 16 min',
    ]);

    morning()
      .call('tributos-1', 'ventanilla-2')
      .call('registro-civil-2', 'ventanilla-1')
      .send(client);
    expect(featured()).toHaveTextContent('T-001Acérquese aVentanilla 2');
    expect(recentRows()).toEqual([]);
  });

  it('shows only the windows of a zone given in the address (?zone=ventanilla-1)', () => {
    const client = onlineClient();
    renderDisplay(client, { settings: { ...DEFAULT_DISPLAY_SETTINGS, zone: ['ventanilla-1'] } });
    morning().call('tributos-1', 'ventanilla-2').send(client);
    expect(featured()).toHaveTextContent('R-001Acérquese aVentanilla 1');
    const queues = within(screen.getByRole('region', { name: 'En espera' })).getAllByRole(
      'listitem',
    );
    expect(queues.map((queue) => queue.querySelector('.queue__name')?.textContent)).toEqual([
      'Registro Civil',
    ]);
  });

  it('narrows the device zone with the address zone', () => {
    const client = zoned(['registro-civil', 'tributos'], null);
    renderDisplay(client, { settings: { ...DEFAULT_DISPLAY_SETTINGS, zone: ['tributos'] } });
    expect(screen.queryByText('R-001')).not.toBeInTheDocument();
  });
});

describe('display: announcements', () => {
  it('announces a new call with its window, and not the calls already on screen', async () => {
    const announcer = createFakeAnnouncer('speech');
    const client = onlineClient();
    renderDisplay(client, { announcer });
    expect(announcer.said).toEqual([]);

    morning().call('tributos-1', 'ventanilla-2').send(client);
    await waitFor(() => expect(announcer.said).toEqual(['Turno te uno, ventanilla dos.']));
    await waitFor(() =>
      expect(screen.getByRole('log', { name: 'Llamados anunciados' })).toHaveTextContent(
        'Turno te uno, ventanilla dos.',
      ),
    );
  });

  it('announces a burst in order, one at a time, never cutting one off', async () => {
    const announcer = createFakeAnnouncer();
    const client = onlineClient();
    renderDisplay(client, { announcer });
    morning()
      .call('tributos-1', 'ventanilla-2')
      .call('registro-civil-2', 'ventanilla-3')
      .recall('tributos-1')
      .send(client);
    await waitFor(() => expect(announcer.said).toEqual(['Turno te uno, ventanilla dos.']));
    act(() => announcer.finish());
    await waitFor(() => expect(announcer.said).toHaveLength(2));
    act(() => announcer.finish());
    await waitFor(() => expect(announcer.said).toHaveLength(3));
    expect(announcer.said).toEqual([
      'Turno te uno, ventanilla dos.',
      'Turno erre dos, ventanilla tres.',
      'Segundo llamado. Turno te uno, ventanilla dos.',
    ]);
    // The third is still being said: nothing else started.
    act(() => announcer.finish());
  });

  it('after a reconnect, announces the calls made meanwhile, but not the stale ones', async () => {
    const announcer = createFakeAnnouncer('speech');
    const client = onlineClient();
    renderDisplay(client, { announcer });
    act(() => client.update({ status: 'offline' }));
    // While the screen was away: a call at 09:11 and one at 09:12 (morning() ticks a minute each).
    morning()
      .call('tributos-1', 'ventanilla-2')
      .call('registro-civil-2', 'ventanilla-1')
      .send(client);
    // Back at 09:12:30 on the hub's clock: the first call is 90 s old, the second 30 s.
    const hubNow = SAMPLE_NOW + 150_000;
    act(() => client.update({ status: 'online', serverOffsetMs: hubNow - Date.now() }));
    await waitFor(() => expect(announcer.said).toEqual(['Turno erre dos, ventanilla uno.']));
    expect(featured()).toHaveTextContent('R-002Acérquese aVentanilla 1');
  });

  it('logs announcements as muted when the screen’s sound is off, and still shows the call', async () => {
    const client = onlineClient();
    renderDisplay(client, { settings: { ...DEFAULT_DISPLAY_SETTINGS, sound: false } });
    morning().call('tributos-1', 'ventanilla-2').send(client);
    expect(featured()).toHaveTextContent('T-001');
    const log = screen.getByRole('log', { name: 'Llamados anunciados' });
    await waitFor(() =>
      expect(within(log).getByText('Turno te uno, ventanilla dos.')).toHaveAttribute(
        'data-outcome',
        'muted',
      ),
    );
  });

  it('offers to turn the sound on while the browser blocks it, and unlocks on a tap', async () => {
    const announcer = createFakeAnnouncer('blocked');
    announcer.setSoundState('blocked');
    renderDisplay(onlineClient(), { announcer });
    const button = screen.getByRole('button', { name: /activar el sonido/ });
    act(() => button.click());
    expect(announcer.unlocks).toBeGreaterThan(0);
    act(() => announcer.setSoundState('ready'));
    expect(screen.queryByRole('button', { name: /activar el sonido/ })).not.toBeInTheDocument();
  });
});

describe('display: notices and connection', () => {
  it('shows the announcements of the configuration', () => {
    renderDisplay(onlineClient());
    expect(screen.getByRole('contentinfo')).toHaveTextContent('Atención preferente para gestantes');
  });

  it('keeps the last picture and says "Reconectando…" after a few seconds offline', () => {
    vi.useFakeTimers();
    try {
      const client = onlineClient();
      renderDisplay(client);
      expect(screen.getByRole('status')).toBeEmptyDOMElement();

      act(() => client.update({ status: 'offline' }));
      // A blip (a hub restart takes a second) does not flash the notice.
      act(() => vi.advanceTimersByTime(2000));
      expect(screen.getByRole('status')).toBeEmptyDOMElement();
      act(() => vi.advanceTimersByTime(1000));
      expect(screen.getByRole('status')).toHaveTextContent('Reconectando…');
      expect(featured()).toHaveTextContent('R-001');

      act(() => client.update({ status: 'online' }));
      expect(screen.getByRole('status')).toBeEmptyDOMElement();
    } finally {
      vi.useRealTimers();
    }
  });
});
