import type { DomainEvent } from '@cac/shared/domain';
import { applyEvents } from '@cac/shared/domain';
import type { FakeHubClient } from '@cac/shared/client';
import type { DisplayClientEvents, PadRatingInput } from '@cac/shared/protocol';
import { HubProvider, I18nProvider } from '@cac/shared/react';
import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { DISPLAY_CATALOGS } from '../messages';
import { SAMPLE_NOW, onlineClient } from '../test-support/display-fixture';
import { PAD_ASK_MS, PAD_THANKS_MS, RatingPad } from './rating-pad';
import type { SendPadRating } from './send-pad-rating';

let at = SAMPLE_NOW;
function send(client: FakeHubClient<DisplayClientEvents>, ...events: DomainEvent[]): void {
  const { seq, state } = client.getSnapshot();
  if (!state) throw new Error('no state');
  act(() => client.update({ seq: seq + 1, state: applyEvents(state, events) }));
}
const started = (ticketId: string): DomainEvent => ({
  type: 'ticket:started',
  at: (at += 1000),
  ticketId,
});
const finished = (ticketId: string): DomainEvent => ({
  type: 'ticket:finished',
  at: (at += 1000),
  ticketId,
  outcome: 'atendido',
  note: null,
});

function renderPad(sendRating: SendPadRating, windowId = 'ventanilla-1') {
  const client = onlineClient();
  render(
    <I18nProvider language="es" catalogs={DISPLAY_CATALOGS}>
      <HubProvider client={client}>
        <RatingPad windowId={windowId} send={sendRating} />
      </HubProvider>
    </I18nProvider>,
  );
  return client;
}

const sent: PadRatingInput[] = [];
const accept: SendPadRating = (rating) => {
  sent.push(rating);
  return Promise.resolve({
    ok: true,
    value: { ticketId: rating.ticketId, score: rating.score, source: 'pad' },
  });
};

afterEach(() => {
  sent.splice(0);
  vi.useRealTimers();
});

describe('the rating pad at a window', () => {
  it('waits calmly, asks when the window’s attention ends, and sends one tap', async () => {
    const user = userEvent.setup();
    const client = renderPad(accept);
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Ventanilla 1');
    expect(screen.getByRole('status')).toHaveTextContent('Gracias por su visita');
    send(client, started('registro-civil-1'));
    expect(screen.queryByRole('group')).toBeNull();
    send(client, finished('registro-civil-1'));
    const faces = screen.getByRole('group', { name: '¿Cómo fue su atención?' });
    expect(faces).toBeInTheDocument();
    expect(screen.getByText('Turno R-001')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Buena' }));
    expect(await screen.findByText('¡Gracias!')).toBeInTheDocument();
    expect(sent).toEqual([{ ticketId: 'registro-civil-1', windowId: 'ventanilla-1', score: 4 }]);
    expect(screen.queryByRole('button', { name: 'Buena' })).toBeNull();
  });

  it('ignores attentions at other windows and tickets that only left the window', () => {
    const client = renderPad(accept, 'ventanilla-2');
    send(client, started('registro-civil-1'), finished('registro-civil-1'));
    expect(screen.queryByRole('group')).toBeNull();
  });

  it('goes back to idle after the asking time, without a tap', () => {
    vi.useFakeTimers();
    const client = renderPad(accept);
    send(client, started('registro-civil-1'));
    send(client, finished('registro-civil-1'));
    expect(screen.getByRole('group')).toBeInTheDocument();
    act(() => vi.advanceTimersByTime(PAD_ASK_MS + 10));
    expect(screen.queryByRole('group')).toBeNull();
    expect(screen.getByRole('status')).toHaveTextContent('Gracias por su visita');
    expect(sent).toEqual([]);
  });

  it(
    'shows the hub’s refusal, then idles',
    async () => {
      const user = userEvent.setup();
      const client = renderPad(() =>
        Promise.resolve({
          ok: false,
          error: { code: 'ALREADY_RATED', message: 'Esta atención ya fue calificada. Gracias.' },
        }),
      );
      send(client, started('registro-civil-1'));
      send(client, finished('registro-civil-1'));
      await user.click(screen.getByRole('button', { name: 'Muy mala' }));
      expect(
        await screen.findByText('Esta atención ya fue calificada. Gracias.'),
      ).toBeInTheDocument();
      await act(() => new Promise((resolve) => setTimeout(resolve, PAD_THANKS_MS + 50)));
      expect(screen.getByRole('status')).toHaveTextContent('Gracias por su visita');
    },
    PAD_THANKS_MS + 5000,
  );
});
