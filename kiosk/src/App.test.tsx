import { createFakeHubClient, sampleSyncSnapshot } from '@cac/shared/client';
import type { KioskClientEvents } from '@cac/shared/protocol';
import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App } from './App';
import {
  FAKE_TIMERS,
  issuedTicket,
  onlineClient,
  renderWithKiosk,
} from './test-support/render-kiosk';

function services(): HTMLElement {
  return screen.getByRole('list', { name: 'Trámites' });
}

describe('kiosk flow', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('says it is connecting and offers no ticket before the hub answers', () => {
    renderWithKiosk(<App />, { client: createFakeHubClient<KioskClientEvents>() });
    expect(screen.getByRole('status')).toHaveTextContent('Conectando…');
    expect(screen.queryByRole('list', { name: 'Trámites' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Registro Civil/ })).not.toBeInTheDocument();
  });

  it('gives a preferential ticket in two touches: the service, then the pictogram', async () => {
    const user = userEvent.setup();
    const client = onlineClient();
    client.onCommand(() => ({
      ok: true,
      value: { seq: 9, ticket: null, issued: issuedTicket({ category: 'senior', position: 0 }) },
    }));
    renderWithKiosk(<App />, { client });

    await user.click(within(services()).getByRole('button', { name: /Registro Civil/ }));
    expect(screen.getByRole('heading', { level: 1, name: '¿Es usted…?' })).toBeInTheDocument();
    expect(client.commands).toEqual([]);
    await user.click(screen.getByRole('button', { name: /Adulto mayor/ }));

    expect(await screen.findByRole('heading', { name: 'Retire su ticket' })).toBeInTheDocument();
    expect(screen.getByTestId('ticket-number')).toHaveTextContent('R-023');
    expect(screen.getByText('Atención preferente: Adulto mayor')).toBeInTheDocument();
    expect(client.commands).toEqual([
      { name: 'ticket:take', payload: { serviceId: 'registro-civil', category: 'senior' } },
    ]);
  });

  it('takes a ticket of category none from "Ninguna de las anteriores"', async () => {
    const user = userEvent.setup();
    const client = onlineClient();
    client.onCommand(() => ({ ok: true, value: { seq: 9, ticket: null, issued: issuedTicket() } }));
    renderWithKiosk(<App />, { client });

    await user.click(screen.getByRole('button', { name: /Licencias de Funcionamiento/ }));
    await user.click(screen.getByRole('button', { name: 'Ninguna de las anteriores' }));

    expect(await screen.findByTestId('ticket-number')).toHaveTextContent('R-023');
    expect(screen.queryByText(/Atención preferente:/)).not.toBeInTheDocument();
    expect(client.commands).toEqual([
      { name: 'ticket:take', payload: { serviceId: 'licencias', category: 'none' } },
    ]);
  });

  it('skips the question for a service configured not to ask it: one touch, category none', async () => {
    const user = userEvent.setup();
    const snapshot = sampleSyncSnapshot();
    snapshot.office = {
      ...snapshot.office,
      services: snapshot.office.services.map((service) =>
        service.id === 'tributos' ? { ...service, askPreferential: false } : service,
      ),
    };
    const client = onlineClient(snapshot);
    client.onCommand(() => ({
      ok: true,
      value: { seq: 9, ticket: null, issued: issuedTicket({ number: 'T-003' }) },
    }));
    renderWithKiosk(<App />, { client });

    await user.click(screen.getByRole('button', { name: /Tributos/ }));

    expect(await screen.findByTestId('ticket-number')).toHaveTextContent('T-003');
    expect(screen.queryByRole('heading', { name: '¿Es usted…?' })).not.toBeInTheDocument();
    expect(client.commands).toEqual([
      { name: 'ticket:take', payload: { serviceId: 'tributos', category: 'none' } },
    ]);
  });

  it('goes back to the services from the question without taking anything', async () => {
    const user = userEvent.setup();
    const { client } = renderWithKiosk(<App />);

    await user.click(screen.getByRole('button', { name: /Registro Civil/ }));
    await user.click(screen.getByRole('button', { name: 'Volver' }));

    expect(services()).toBeInTheDocument();
    expect(client.commands).toEqual([]);
  });

  it('starts over when nobody touches the question for the idle time', async () => {
    vi.useFakeTimers(FAKE_TIMERS);
    const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
    renderWithKiosk(<App />, { settings: { idleAfterMs: 30_000 } });

    await user.click(screen.getByRole('button', { name: /Registro Civil/ }));
    act(() => vi.advanceTimersByTime(20_000));
    // A touch that is not an answer (e.g. on the heading) means someone is still there.
    await user.click(screen.getByRole('heading', { name: '¿Es usted…?' }));
    act(() => vi.advanceTimersByTime(20_000));
    expect(screen.getByRole('heading', { name: '¿Es usted…?' })).toBeInTheDocument();

    act(() => vi.advanceTimersByTime(10_001));
    expect(services()).toBeInTheDocument();
  });

  it('explains a refusal from the hub in the citizen’s words, and goes back', async () => {
    const user = userEvent.setup();
    const client = onlineClient();
    client.onCommand(() => ({
      ok: false,
      error: {
        code: 'OFFICE_CLOSED',
        message: 'La atención de hoy terminó. Vuelva mañana desde las 07:30.',
      },
    }));
    renderWithKiosk(<App />, { client });

    await user.click(screen.getByRole('button', { name: /Tributos/ }));
    await user.click(screen.getByRole('button', { name: /Gestante/ }));

    expect(await screen.findByRole('alert')).toHaveTextContent('La atención de hoy terminó.');
    await user.click(screen.getByRole('button', { name: 'Volver al inicio' }));
    expect(services()).toBeInTheDocument();
  });

  it('asks the hub once per touch even when the citizen touches twice', async () => {
    const user = userEvent.setup();
    const client = onlineClient();
    let answer: (() => void) | undefined;
    client.onCommand(
      () =>
        new Promise((resolve) => {
          answer = () =>
            resolve({ ok: true, value: { seq: 9, ticket: null, issued: issuedTicket() } });
        }),
    );
    renderWithKiosk(<App />, { client });

    await user.click(screen.getByRole('button', { name: /Registro Civil/ }));
    const none = screen.getByRole('button', { name: 'Ninguna de las anteriores' });
    await user.click(none);
    expect(screen.getByText('Emitiendo su ticket…')).toBeInTheDocument();
    expect(none).toBeDisabled();
    await user.click(none);
    await act(async () => answer?.());

    expect(await screen.findByTestId('ticket-number')).toHaveTextContent('R-023');
    expect(client.commands).toHaveLength(1);
  });

  it('goes out of service while the hub is unreachable, even mid-question, and back by itself', async () => {
    const user = userEvent.setup();
    const { client } = renderWithKiosk(<App />);
    await user.click(screen.getByRole('button', { name: /Registro Civil/ }));

    act(() => client.update({ status: 'offline' }));

    expect(
      screen.getByRole('heading', { name: 'Fuera de servicio por un momento' }),
    ).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Gestante/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('list', { name: 'Trámites' })).not.toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent(
      'Sin conexión con el servidor. Reconectando…',
    );

    act(() => client.update({ status: 'online' }));
    expect(screen.getByRole('heading', { name: '¿Es usted…?' })).toBeInTheDocument();
  });

  it('asks to be paired when the hub refuses its key', () => {
    renderWithKiosk(<App />, {
      client: createFakeHubClient<KioskClientEvents>({
        status: 'rejected',
        error: { code: 'UNAUTHENTICATED', message: 'La clave del dispositivo no es válida.' },
      }),
    });
    expect(screen.getByRole('heading', { name: 'Dispositivo no emparejado' })).toBeInTheDocument();
    expect(screen.getByRole('main')).toHaveTextContent('La clave del dispositivo no es válida.');
  });

  it('switches to English for one citizen, and the next one starts in Spanish', async () => {
    const user = userEvent.setup();
    const client = onlineClient();
    client.onCommand(() => ({ ok: true, value: { seq: 9, ticket: null, issued: issuedTicket() } }));
    renderWithKiosk(<App />, { client });

    const languages = screen.getByRole('group', { name: 'Idioma' });
    expect(within(languages).getByRole('button', { name: 'Español' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    await user.click(within(languages).getByRole('button', { name: 'English' }));

    expect(
      screen.getByRole('heading', { name: 'Touch the service you came for' }),
    ).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('en');
    await user.click(screen.getByRole('button', { name: /Registro Civil/ }));
    expect(screen.getByRole('heading', { name: 'Are you…?' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'None of the above' }));
    expect(await screen.findByRole('heading', { name: 'Take your ticket' })).toBeInTheDocument();
    expect(screen.getByText('Ahead of you: 4 people')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Touch the screen to go back' }));
    expect(
      screen.getByRole('heading', { name: 'Toque el trámite que viene a realizar' }),
    ).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('es');
  });

  it('forgets a changed language when the citizen walks away from Home', async () => {
    vi.useFakeTimers(FAKE_TIMERS);
    const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
    renderWithKiosk(<App />, { settings: { idleAfterMs: 30_000 } });

    await user.click(screen.getByRole('button', { name: 'English' }));
    expect(screen.getByRole('list', { name: 'Services' })).toBeInTheDocument();

    act(() => vi.advanceTimersByTime(30_001));
    expect(services()).toBeInTheDocument();
  });

  it('reads the next screens aloud for a citizen who pressed "Escuchar", then forgets it', async () => {
    const user = userEvent.setup();
    const client = onlineClient();
    client.onCommand(() => ({ ok: true, value: { seq: 9, ticket: null, issued: issuedTicket() } }));
    const { speaker } = renderWithKiosk(<App />, { client, settings: { voiceGuidance: false } });

    await user.click(screen.getByRole('button', { name: /Registro Civil/ }));
    // Without guidance, the question stays silent…
    expect(speaker.spoken).toEqual([]);
    await user.click(screen.getByRole('button', { name: 'Volver' }));

    await user.click(screen.getByRole('button', { name: 'Escuchar' }));
    expect(speaker.lastSaid()).toMatch(/^Toque el trámite que viene a realizar\./);
    await user.click(screen.getByRole('button', { name: /Registro Civil/ }));
    // …but once the citizen asked to listen, the question and the ticket are read on arrival.
    expect(speaker.lastSaid()).toMatch(/^¿Es usted gestante, adulto mayor de 60 años o más/);
    await user.click(screen.getByRole('button', { name: 'Ninguna de las anteriores' }));
    await screen.findByTestId('ticket-number');
    expect(speaker.lastSaid()).toMatch(/^Su turno es erre veintitrés\./);

    const said = speaker.spoken.length;
    await user.click(
      screen.getByRole('button', { name: 'Toque la pantalla para volver al inicio' }),
    );
    await user.click(screen.getByRole('button', { name: /Registro Civil/ }));
    expect(speaker.spoken).toHaveLength(said);
  });
  describe('when the hub prints the ticket', () => {
    async function takeTicket(
      settings: { voiceGuidance?: boolean; returnAfterMs?: number } = {},
    ): Promise<ReturnType<typeof renderWithKiosk>> {
      const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
      const client = onlineClient();
      client.onCommand(() => ({
        ok: true,
        value: { seq: 9, ticket: null, issued: issuedTicket({ number: 'R-001' }) },
      }));
      const harness = renderWithKiosk(<App />, { client, settings });
      await user.click(screen.getByRole('button', { name: /Registro Civil/ }));
      await user.click(screen.getByRole('button', { name: 'Ninguna de las anteriores' }));
      await screen.findByTestId('ticket-number');
      return harness;
    }

    it('asks the citizen to remember the number when it was not printed, aloud, for longer', async () => {
      vi.useFakeTimers(FAKE_TIMERS);
      const { client, speaker } = await takeTicket({ voiceGuidance: true, returnAfterMs: 12_000 });
      expect(screen.queryByRole('alert')).not.toBeInTheDocument();

      act(() =>
        client.receivePrintResult({
          ticketId: 'registro-civil-23',
          number: 'R-001',
          ok: false,
          code: 'PRINTER_OFFLINE',
          message: 'La impresora no responde.',
        }),
      );

      expect(screen.getByRole('alert')).toHaveTextContent(
        'No se pudo imprimir su ticket. Recuerde su número: R-001. Espere a ser llamado en la pantalla.',
      );
      expect(screen.getByTestId('ticket-number')).toHaveTextContent('R-001');
      expect(speaker.lastSaid()).toBe(
        'No se pudo imprimir su ticket. Recuerde su número: erre uno. ' +
          'Espere a ser llamado en la pantalla.',
      );
      act(() => vi.advanceTimersByTime(23_000));
      expect(screen.getByTestId('ticket-number')).toBeInTheDocument();
      act(() => vi.advanceTimersByTime(1_500));
      expect(services()).toBeInTheDocument();
    });

    it('shows nothing more when it was printed', async () => {
      vi.useFakeTimers(FAKE_TIMERS);
      const { client, speaker } = await takeTicket({ voiceGuidance: true, returnAfterMs: 12_000 });
      const said = speaker.spoken.length;

      act(() =>
        client.receivePrintResult({ ticketId: 'registro-civil-23', number: 'R-001', ok: true }),
      );

      expect(screen.queryByRole('alert')).not.toBeInTheDocument();
      expect(
        screen.getByRole('heading', { level: 1, name: 'Retire su ticket' }),
      ).toBeInTheDocument();
      expect(speaker.spoken).toHaveLength(said);
      act(() => vi.advanceTimersByTime(12_500));
      expect(services()).toBeInTheDocument();
    });

    it('ignores the outcome of another ticket', async () => {
      vi.useFakeTimers(FAKE_TIMERS);
      const { client, speaker } = await takeTicket({ voiceGuidance: true });
      const said = speaker.spoken.length;

      act(() =>
        client.receivePrintResult({
          ticketId: 'licencias-7',
          number: 'L-007',
          ok: false,
          code: 'PRINTER_OFFLINE',
          message: 'La impresora no responde.',
        }),
      );

      expect(screen.queryByRole('alert')).not.toBeInTheDocument();
      expect(speaker.spoken).toHaveLength(said);
    });

    it('says nothing about a failed print when voice guidance is off, but shows it in English too', async () => {
      vi.useFakeTimers(FAKE_TIMERS);
      const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
      const client = onlineClient();
      client.onCommand(() => ({
        ok: true,
        value: { seq: 9, ticket: null, issued: issuedTicket({ number: 'R-001' }) },
      }));
      const { speaker } = renderWithKiosk(<App />, { client, settings: { voiceGuidance: false } });
      await user.click(screen.getByRole('button', { name: 'English' }));
      await user.click(screen.getByRole('button', { name: /Civil Registry|Registro Civil/ }));
      await user.click(screen.getByRole('button', { name: /None of the above/ }));
      await screen.findByTestId('ticket-number');

      act(() =>
        client.receivePrintResult({
          ticketId: 'registro-civil-23',
          number: 'R-001',
          ok: false,
          code: 'PRINTER_OFFLINE',
          message: 'La impresora no responde.',
        }),
      );

      expect(screen.getByRole('alert')).toHaveTextContent(
        'Your ticket could not be printed. Remember your number: R-001. Wait to be called on the screen.',
      );
      expect(speaker.spoken).toEqual([]);
    });
  });
});
