import { sampleSyncSnapshot } from '@cac/shared/client';
import type { ServiceView } from '@cac/shared/protocol';
import { act, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { create } from 'qrcode';
import { FAKE_TIMERS, issuedTicket, renderWithKiosk } from './test-support/render-kiosk';
import { TicketScreen } from './ticket-screen';

function sampleService(id: string): ServiceView {
  const service = sampleSyncSnapshot().office.services.find((candidate) => candidate.id === id);
  if (!service) throw new Error(`the sample office has no ${id}`);
  return service;
}

const REGISTRO = sampleService('registro-civil');

/** The dark modules drawn by the SVG, read back from its path (`M<x> <y>h1v1h-1z` each). */
function drawnModules(svg: Element): Set<string> {
  const d = svg.querySelector('path')?.getAttribute('d') ?? '';
  return new Set([...d.matchAll(/M(\d+) (\d+)h1v1h-1z/g)].map((m) => `${m[1]},${m[2]}`));
}

/** The dark modules `qrcode` computes for `text`, shifted by the 4-module quiet zone. */
function expectedModules(text: string): Set<string> {
  const { modules } = create(text, { errorCorrectionLevel: 'M' });
  const dark = new Set<string>();
  for (let row = 0; row < modules.size; row += 1) {
    for (let col = 0; col < modules.size; col += 1) {
      if (modules.get(row, col)) dark.add(`${col + 4},${row + 4}`);
    }
  }
  return dark;
}

describe('TicketScreen', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('shows the number huge, the service, the people ahead and the wait', () => {
    renderWithKiosk(<TicketScreen ticket={issuedTicket()} service={REGISTRO} onDone={vi.fn()} />);
    expect(screen.getByRole('heading', { level: 1, name: 'Retire su ticket' })).toBeInTheDocument();
    expect(screen.getByTestId('ticket-number')).toHaveTextContent(/^R-023$/);
    expect(screen.getByText('Registro Civil')).toBeInTheDocument();
    expect(screen.getByText('Antes que usted: 4 personas')).toBeInTheDocument();
    expect(screen.getByText('Espera aproximada: 16 min')).toBeInTheDocument();
    expect(screen.queryByText(/Atención preferente/)).not.toBeInTheDocument();
  });

  it('says "Usted es el siguiente" with nobody ahead, and no wait', () => {
    renderWithKiosk(
      <TicketScreen
        ticket={issuedTicket({ position: 0, estimatedWaitMin: 0 })}
        service={REGISTRO}
        onDone={vi.fn()}
      />,
    );
    expect(screen.getByText('Usted es el siguiente')).toBeInTheDocument();
    expect(screen.queryByText(/Espera aproximada/)).not.toBeInTheDocument();
  });

  it('names the declared category, and nothing else about the person', () => {
    renderWithKiosk(
      <TicketScreen
        ticket={issuedTicket({ category: 'disability' })}
        service={REGISTRO}
        onDone={vi.fn()}
      />,
    );
    expect(screen.getByText('Atención preferente: Persona con discapacidad')).toBeInTheDocument();
    expect(screen.getByRole('main')).not.toHaveTextContent(/DNI|nombre|documento/i);
  });

  it('draws a QR code of the absolute status address, for a phone', () => {
    const ticket = issuedTicket();
    renderWithKiosk(<TicketScreen ticket={ticket} service={REGISTRO} onDone={vi.fn()} />);
    const qr = screen.getByRole('img', { name: 'Código QR para seguir su turno en el celular' });
    const absolute = `${window.location.origin}${ticket.statusUrl}`;
    expect(absolute).toMatch(/^http:\/\/[^/]+\/api\/v1\/tickets\/registro-civil-23\?k=k3y$/);
    const drawn = drawnModules(qr);
    expect(drawn.size).toBeGreaterThan(100);
    expect(drawn).toEqual(expectedModules(absolute));
    // A code of the bare path would not open anything on a phone.
    expect(drawn).not.toEqual(expectedModules(ticket.statusUrl));
    expect(screen.getByText('Siga su turno en su celular')).toBeInTheDocument();
  });

  it('says the ticket aloud at once when voice guidance is on, numbers in words', () => {
    const { speaker } = renderWithKiosk(
      <TicketScreen ticket={issuedTicket()} service={REGISTRO} onDone={vi.fn()} />,
      { settings: { voiceGuidance: true } },
    );
    expect(speaker.spoken).toEqual([
      {
        language: 'es',
        text:
          'Su turno es erre veintitrés. Hay cuatro personas antes que usted. ' +
          'Espera aproximada: dieciséis minutos. Retire su ticket.',
      },
    ]);
  });

  it('agrees the words with what they count, and says only "preferente", not the category', () => {
    const { speaker } = renderWithKiosk(
      <TicketScreen
        ticket={issuedTicket({
          number: 'M-101',
          category: 'pregnant',
          position: 21,
          estimatedWaitMin: 1,
        })}
        service={REGISTRO}
        onDone={vi.fn()}
      />,
    );
    expect(speaker.lastSaid()).toBe(
      'Su turno es eme ciento uno. Tiene atención preferente. ' +
        'Hay veintiuna personas antes que usted. Espera aproximada: un minuto. Retire su ticket.',
    );
  });

  it('keeps quiet when guidance is off, until "Escuchar"', async () => {
    const user = userEvent.setup();
    const { speaker } = renderWithKiosk(
      <TicketScreen ticket={issuedTicket({ position: 1 })} service={REGISTRO} onDone={vi.fn()} />,
      { settings: { voiceGuidance: false } },
    );
    expect(speaker.spoken).toEqual([]);
    await user.click(screen.getByRole('button', { name: 'Escuchar' }));
    expect(speaker.lastSaid()).toMatch(/^Su turno es erre veintitrés\. Hay una persona antes/);
  });

  it('goes back by itself after the configured time', () => {
    vi.useFakeTimers(FAKE_TIMERS);
    const onDone = vi.fn();
    renderWithKiosk(<TicketScreen ticket={issuedTicket()} service={REGISTRO} onDone={onDone} />, {
      settings: { returnAfterMs: 12_000 },
    });
    act(() => vi.advanceTimersByTime(11_999));
    expect(onDone).not.toHaveBeenCalled();
    act(() => vi.advanceTimersByTime(1));
    expect(onDone).toHaveBeenCalledOnce();
  });

  it('goes back on a touch anywhere, but not on the first hurried taps', async () => {
    vi.useFakeTimers(FAKE_TIMERS);
    const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
    const onDone = vi.fn();
    renderWithKiosk(<TicketScreen ticket={issuedTicket()} service={REGISTRO} onDone={onDone} />);

    await user.click(screen.getByTestId('ticket-number'));
    expect(onDone).not.toHaveBeenCalled();
    act(() => vi.advanceTimersByTime(1500));
    await user.click(screen.getByTestId('ticket-number'));
    expect(onDone).toHaveBeenCalled();
  });

  it('gives the full time again after "Escuchar", so the sentence is heard to the end', async () => {
    vi.useFakeTimers(FAKE_TIMERS);
    const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
    const onDone = vi.fn();
    renderWithKiosk(<TicketScreen ticket={issuedTicket()} service={REGISTRO} onDone={onDone} />, {
      settings: { returnAfterMs: 12_000 },
    });
    act(() => vi.advanceTimersByTime(10_000));
    await user.click(screen.getByRole('button', { name: 'Escuchar' }));
    act(() => vi.advanceTimersByTime(10_000));
    expect(onDone).not.toHaveBeenCalled();
    act(() => vi.advanceTimersByTime(2_000));
    expect(onDone).toHaveBeenCalledOnce();
  });

  it('keeps counting down when the hub sends updates meanwhile', () => {
    vi.useFakeTimers(FAKE_TIMERS);
    const onDone = vi.fn();
    const { rerender } = renderWithKiosk(
      <TicketScreen ticket={issuedTicket()} service={REGISTRO} onDone={onDone} />,
      { settings: { returnAfterMs: 12_000 } },
    );
    act(() => vi.advanceTimersByTime(6_000));
    // A busy office re-renders the kiosk on every broadcast, with a new callback each time.
    rerender(<TicketScreen ticket={issuedTicket()} service={REGISTRO} onDone={() => onDone()} />);
    act(() => vi.advanceTimersByTime(6_000));
    expect(onDone).toHaveBeenCalledOnce();
  });
});
