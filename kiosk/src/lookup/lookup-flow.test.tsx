import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { UserEvent } from '@testing-library/user-event';
import { App } from '../App';
import {
  createFakeFetch,
  errorResponse,
  jsonResponse,
  networkFailure,
} from '../test-support/fake-fetch';
import type { FakeFetch } from '../test-support/fake-fetch';
import {
  FAKE_TIMERS,
  issuedTicket,
  onlineClient,
  renderWithKiosk,
} from '../test-support/render-kiosk';
import { sampleExpediente } from '../test-support/sample-expediente';

// The lookup as a citizen meets it: from Home, through the keypad, to the hub's answer, with the
// kiosk's real App and a fake fetch standing in for the hub's HTTP endpoint.

/** Saturday 28 November 2026, 10:00 in Lima. */
const NOW = new Date('2026-11-28T15:00:00.000Z');

const found = () => jsonResponse(200, sampleExpediente());
const notFound = () => errorResponse(404, 'EXPEDIENTE_NOT_FOUND', 'No encontrado.');

function keypad(): HTMLElement {
  return screen.getByRole('group', { name: 'Teclado numérico' });
}

function key(name: string): HTMLElement {
  return within(keypad()).getByRole('button', { name });
}

async function press(user: UserEvent, digits: string): Promise<void> {
  for (const digit of digits) await user.click(key(digit));
}

function shown(name: 'Número de expediente' | 'Clave de consulta'): HTMLElement {
  return screen.getByRole('status', { name });
}

function setup(fetch: FakeFetch = createFakeFetch(found), settings = {}) {
  const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
  const client = onlineClient();
  const harness = renderWithKiosk(<App />, { client, fetch, settings });
  return { ...harness, user, fetch };
}

async function openLookup(user: UserEvent): Promise<void> {
  await user.click(screen.getByRole('button', { name: 'Consultar mi trámite' }));
}

/** Types number 123 of this year and key 4821-0937, and asks. */
async function lookUp(user: UserEvent): Promise<void> {
  await openLookup(user);
  await press(user, '123');
  await user.click(screen.getByRole('button', { name: 'Siguiente' }));
  await press(user, '48210937');
  await user.click(screen.getByRole('button', { name: 'Consultar' }));
}

function services(): HTMLElement {
  return screen.getByRole('list', { name: 'Trámites' });
}

describe('Consultar mi trámite', () => {
  beforeEach(() => {
    vi.useFakeTimers(FAKE_TIMERS);
    vi.setSystemTime(NOW);
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('opens from Home’s toolbar and goes back to the services without asking anything', async () => {
    const { user, client, fetch } = setup();
    const toolbarButton = screen.getByRole('button', { name: 'Consultar mi trámite' });
    expect(within(services()).queryByRole('button', { name: /Consultar/ })).toBeNull();
    await user.click(toolbarButton);

    expect(screen.getByRole('heading', { level: 1, name: 'Consultar mi trámite' })).toBeVisible();
    expect(screen.getByText('Paso 1 de 2')).toBeInTheDocument();
    expect(shown('Número de expediente')).toHaveTextContent(/^Expediente N° 000000-2026$/);
    await user.click(screen.getByRole('button', { name: 'Volver' }));

    expect(services()).toBeInTheDocument();
    expect(client.commands).toEqual([]);
    expect(fetch.requests).toEqual([]);
  });

  it('leaves the two-touch ticket as it was', async () => {
    const { user, client } = setup();
    client.onCommand(() => ({ ok: true, value: { seq: 9, ticket: null, issued: issuedTicket() } }));
    await openLookup(user);
    await user.click(screen.getByRole('button', { name: 'Volver' }));

    await user.click(within(services()).getByRole('button', { name: /Registro Civil/ }));
    await user.click(screen.getByRole('button', { name: 'Ninguna de las anteriores' }));

    expect(await screen.findByTestId('ticket-number')).toHaveTextContent('R-023');
  });

  it('types the number on the keypad, with Borrar and Borrar todo', async () => {
    const { user } = setup();
    await openLookup(user);
    const next = screen.getByRole('button', { name: 'Siguiente' });
    expect(next).toBeDisabled();
    expect(key('Borrar')).toBeDisabled();

    await press(user, '124');
    expect(shown('Número de expediente')).toHaveTextContent('Expediente N° 000124-2026');
    await user.click(key('Borrar'));
    await press(user, '3');
    expect(shown('Número de expediente')).toHaveTextContent('Expediente N° 000123-2026');
    expect(next).toBeEnabled();

    await user.click(key('Borrar todo'));
    expect(shown('Número de expediente')).toHaveTextContent('Expediente N° 000000-2026');
    // Zeros alone name no expediente.
    await press(user, '00');
    expect(next).toBeDisabled();

    await press(user, '0123');
    expect(shown('Número de expediente')).toHaveTextContent('Expediente N° 000123-2026');
    // Six digits is the whole sequence: the digits wait, Borrar does not.
    expect(key('7')).toBeDisabled();
    expect(key('Borrar')).toBeEnabled();
    expect(next).toBeEnabled();
  });

  it('takes digits and Backspace from a real keyboard too', async () => {
    const { user } = setup();
    await openLookup(user);
    await user.keyboard('124{Backspace}3');
    expect(shown('Número de expediente')).toHaveTextContent('Expediente N° 000123-2026');
  });

  it('starts in Lima’s year and offers the three before it', async () => {
    const { user, fetch } = setup();
    await openLookup(user);
    const years = screen.getByRole('group', { name: 'Año del expediente' });
    expect(
      within(years)
        .getAllByRole('button')
        .map((button) => button.textContent),
    ).toEqual(['2026', '2025', '2024', '2023']);
    expect(within(years).getByRole('button', { name: '2026' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );

    await press(user, '77');
    await user.click(within(years).getByRole('button', { name: '2024' }));
    expect(within(years).getByRole('button', { name: '2024' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    expect(within(years).getByRole('button', { name: '2026' })).toHaveAttribute(
      'aria-pressed',
      'false',
    );
    expect(shown('Número de expediente')).toHaveTextContent('Expediente N° 000077-2024');

    await user.click(screen.getByRole('button', { name: 'Siguiente' }));
    await press(user, '11112222');
    await user.click(screen.getByRole('button', { name: 'Consultar' }));
    expect(fetch.requests).toEqual(['/api/v1/expedientes/EXP-2024-000077?k=11112222']);
  });

  it('shows the key in the cargo’s two groups and finds the expediente', async () => {
    const { user, fetch } = setup();
    await openLookup(user);
    await press(user, '123');
    await user.click(screen.getByRole('button', { name: 'Siguiente' }));

    expect(screen.getByText('Paso 2 de 2')).toBeInTheDocument();
    expect(screen.getByText('Para el Expediente N° 000123-2026')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Consultar' })).toBeDisabled();
    await press(user, '48210');
    expect(shown('Clave de consulta')).toHaveTextContent(/^4821-0___$/);
    await press(user, '937');
    expect(shown('Clave de consulta')).toHaveTextContent(/^4821-0937$/);
    expect(key('1')).toBeDisabled();
    await user.click(screen.getByRole('button', { name: 'Consultar' }));

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Expediente N° 000123-2026-MPC' }),
    ).toBeInTheDocument();
    expect(fetch.requests).toEqual(['/api/v1/expedientes/EXP-2026-000123?k=48210937']);
    expect(screen.getByText('Mesa de partes – solicitud')).toBeInTheDocument();
    const state = screen.getByRole('region', { name: 'Estado actual' });
    expect(within(state).getByTestId('expediente-state')).toHaveTextContent(/^Observado$/);
    expect(state).toHaveTextContent(
      'Falta algo en su trámite. Tiene hasta el 01/12/2026 para subsanarlo.',
    );
    const history = within(screen.getByRole('region', { name: 'Historial' })).getAllByRole(
      'listitem',
    );
    expect(history.map((item) => item.textContent)).toEqual([
      'Recibido 27/11/2026, 10:05',
      'Observado 27/11/2026, 10:12',
    ]);
  });

  it('lets the citizen go back from the key to the number, keeping both', async () => {
    const { user } = setup();
    await openLookup(user);
    await press(user, '123');
    await user.click(screen.getByRole('button', { name: 'Siguiente' }));
    await press(user, '4821');
    await user.click(screen.getByRole('button', { name: 'Volver' }));

    expect(shown('Número de expediente')).toHaveTextContent('Expediente N° 000123-2026');
    await user.click(screen.getByRole('button', { name: 'Siguiente' }));
    expect(shown('Clave de consulta')).toHaveTextContent(/^4821/);
  });

  it('says plainly when nothing matches, and one touch corrects the key', async () => {
    const { user, fetch } = setup(createFakeFetch(notFound));
    await lookUp(user);

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'No encontramos un expediente con ese número y clave. Revise su cargo.',
    );
    expect(
      screen.getByText('Usted escribió: Expediente N° 000123-2026, clave 4821-0937.'),
    ).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Corregir la clave' }));
    expect(shown('Clave de consulta')).toHaveTextContent('4821-0937');
    await user.click(key('Borrar'));
    await press(user, '8');
    fetch.answer(found);
    await user.click(screen.getByRole('button', { name: 'Consultar' }));

    expect(await screen.findByTestId('expediente-state')).toHaveTextContent('Observado');
    expect(fetch.requests).toEqual([
      '/api/v1/expedientes/EXP-2026-000123?k=48210937',
      '/api/v1/expedientes/EXP-2026-000123?k=48210938',
    ]);
  });

  it('corrects the number after a miss without retyping the key', async () => {
    const { user, fetch } = setup(createFakeFetch(notFound));
    await lookUp(user);
    await user.click(await screen.findByRole('button', { name: 'Corregir el número' }));

    expect(shown('Número de expediente')).toHaveTextContent('Expediente N° 000123-2026');
    await user.click(key('Borrar'));
    await press(user, '4');
    await user.click(screen.getByRole('button', { name: 'Siguiente' }));
    expect(shown('Clave de consulta')).toHaveTextContent('4821-0937');
    await user.click(screen.getByRole('button', { name: 'Consultar' }));

    await screen.findByRole('alert');
    expect(fetch.requests.at(-1)).toBe('/api/v1/expedientes/EXP-2026-000124?k=48210937');
  });

  it('asks to wait after too many attempts, and offers no immediate retry', async () => {
    const { user } = setup(createFakeFetch(() => errorResponse(429, 'RATE_LIMITED', 'Espere.')));
    await lookUp(user);

    expect(await screen.findByRole('heading', { name: 'Demasiados intentos' })).toBeVisible();
    expect(screen.getByRole('alert')).toHaveTextContent(
      'Se hicieron muchas consultas seguidas. Por seguridad, espere unos minutos y vuelva a intentarlo.',
    );
    expect(screen.queryByRole('button', { name: 'Intentar de nuevo' })).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Volver al inicio' }));
    expect(services()).toBeInTheDocument();
  });

  it.each([
    ['the hub cannot be reached', networkFailure],
    ['the hub fails', () => errorResponse(500, 'INTERNAL')],
    ['the hub is restarting behind a proxy', () => new Response('', { status: 503 })],
  ])('explains that %s, and tries again on request', async (_case, failure) => {
    const { user, fetch } = setup(createFakeFetch(failure));
    await lookUp(user);

    expect(await screen.findByRole('heading', { name: 'No se pudo consultar' })).toBeVisible();
    expect(screen.getByRole('alert')).toHaveTextContent(
      'No pudimos consultar su trámite en este momento.',
    );
    fetch.answer(found);
    await user.click(screen.getByRole('button', { name: 'Intentar de nuevo' }));

    expect(await screen.findByTestId('expediente-state')).toHaveTextContent('Observado');
    expect(fetch.requests).toHaveLength(2);
  });

  it('asks once however often "Consultar" is touched, and waits meanwhile', async () => {
    let answer: (() => void) | undefined;
    const fetch = createFakeFetch(
      () =>
        new Promise<Response>((resolve) => {
          answer = () => resolve(found());
        }),
    );
    const { user } = setup(fetch);
    await lookUp(user);

    const submit = screen.getByRole('button', { name: 'Consultar' });
    expect(submit).toBeDisabled();
    expect(submit).toHaveAttribute('aria-busy', 'true');
    expect(key('Borrar')).toBeDisabled();
    expect(screen.getByText('Buscando su trámite…')).toBeInTheDocument();
    await user.click(submit);
    await act(async () => answer?.());

    expect(await screen.findByTestId('expediente-state')).toBeInTheDocument();
    expect(fetch.requests).toHaveLength(1);
  });

  it('drops an answer that arrives after the citizen went back', async () => {
    let answer: (() => void) | undefined;
    const { user } = setup(
      createFakeFetch(
        () =>
          new Promise<Response>((resolve) => {
            answer = () => resolve(found());
          }),
      ),
    );
    await lookUp(user);
    await user.click(screen.getByRole('button', { name: 'Volver' }));
    await act(async () => answer?.());

    expect(shown('Número de expediente')).toHaveTextContent('Expediente N° 000123-2026');
    expect(screen.queryByTestId('expediente-state')).toBeNull();
  });

  it('goes back to Home by itself after the idle time, and forgets what was typed', async () => {
    const { user } = setup(createFakeFetch(found), { idleAfterMs: 30_000 });
    await lookUp(user);
    await screen.findByTestId('expediente-state');

    act(() => vi.advanceTimersByTime(20_000));
    // Reading the history with a finger counts as someone being there.
    await user.click(screen.getByRole('heading', { name: 'Historial' }));
    act(() => vi.advanceTimersByTime(20_000));
    expect(screen.getByTestId('expediente-state')).toBeInTheDocument();
    act(() => vi.advanceTimersByTime(10_001));

    expect(services()).toBeInTheDocument();
    await openLookup(user);
    expect(shown('Número de expediente')).toHaveTextContent('Expediente N° 000000-2026');
  });

  it('goes back to Home from a half-typed number nobody finished', async () => {
    const { user } = setup(createFakeFetch(found), { idleAfterMs: 30_000 });
    await openLookup(user);
    await press(user, '12');
    act(() => vi.advanceTimersByTime(30_001));
    expect(services()).toBeInTheDocument();
  });

  it('reads the state aloud on "Escuchar", dates in words', async () => {
    const { user, speaker } = setup(createFakeFetch(found), { voiceGuidance: true });
    await lookUp(user);
    await screen.findByTestId('expediente-state');
    // A state is only said aloud when asked for: the whole hall hears it.
    expect(speaker.spoken).toEqual([]);

    await user.click(screen.getByRole('button', { name: 'Escuchar' }));

    expect(speaker.spoken).toEqual([
      {
        language: 'es',
        text:
          'Su trámite: Mesa de partes – solicitud. Estado: Observado. ' +
          'Falta algo en su trámite. Tiene hasta el 1 de diciembre de 2026 para subsanarlo.',
      },
    ]);
  });

  it('reads each screen on arrival for a citizen who asked to listen on Home', async () => {
    const fetch = createFakeFetch(() =>
      jsonResponse(200, sampleExpediente({ status: 'en-evaluacion', observationDeadline: null })),
    );
    const { user, speaker } = setup(fetch, { voiceGuidance: false });
    await user.click(screen.getByRole('button', { name: 'Escuchar' }));
    await openLookup(user);
    expect(speaker.lastSaid()).toMatch(/^Escriba con los botones de números el número/);
    await press(user, '123');
    await user.click(screen.getByRole('button', { name: 'Siguiente' }));
    expect(speaker.lastSaid()).toMatch(/^Escriba con los botones de números la clave/);
    await press(user, '48210937');
    await user.click(screen.getByRole('button', { name: 'Consultar' }));

    await screen.findByTestId('expediente-state');
    expect(speaker.lastSaid()).toBe(
      'Su trámite: Mesa de partes – solicitud. Estado: En evaluación. ' +
        'La oficina encargada está revisando su trámite. ' +
        'La municipalidad debe responderle hasta el 3 de diciembre de 2026.',
    );
  });

  it('follows the citizen’s language', async () => {
    const { user, speaker } = setup(createFakeFetch(notFound));
    await user.click(screen.getByRole('button', { name: 'English' }));
    await user.click(screen.getByRole('button', { name: 'Check my filing' }));
    const keys = screen.getByRole('group', { name: 'Number keypad' });
    await user.click(within(keys).getByRole('button', { name: '5' }));
    expect(screen.getByRole('status', { name: 'File number' })).toHaveTextContent(
      'Expediente N° 000005-2026',
    );
    await user.click(screen.getByRole('button', { name: 'Next' }));
    await user.keyboard('12345678');
    await user.click(screen.getByRole('button', { name: 'Check' }));

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'We found no file with that number and key. Please check your receipt.',
    );
    await user.click(screen.getByRole('button', { name: 'Listen' }));
    expect(speaker.spoken.at(-1)?.language).toBe('en');
  });
});
