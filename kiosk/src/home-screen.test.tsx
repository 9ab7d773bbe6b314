import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { HomeScreen } from './home-screen';
import { createFakeSpeaker } from './speech/fake-speaker';
import { renderWithKiosk } from './test-support/render-kiosk';

function renderHome(options: Parameters<typeof renderWithKiosk>[1] = {}) {
  const onChoose = vi.fn();
  const onLanguage = vi.fn();
  const harness = renderWithKiosk(
    <HomeScreen
      takingServiceId={null}
      onChoose={onChoose}
      languages={['es', 'en']}
      onLanguage={onLanguage}
    />,
    options,
  );
  return { ...harness, onChoose, onLanguage };
}

describe('HomeScreen', () => {
  it('shows the office, the Lima time and one button per active service with its queue', () => {
    renderHome();
    expect(
      screen.getByRole('heading', { level: 1, name: 'Centro de Atención al Ciudadano' }),
    ).toBeInTheDocument();
    expect(screen.getByText(/^\d{2}:\d{2}$/)).toBeInTheDocument();
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

  it('hands the chosen service to the flow', async () => {
    const user = userEvent.setup();
    const { onChoose } = renderHome();
    await user.click(screen.getByRole('button', { name: /Tributos/ }));
    expect(onChoose).toHaveBeenCalledWith(expect.objectContaining({ id: 'tributos' }));
  });

  it('offers each language in its own name', async () => {
    const user = userEvent.setup();
    const { onLanguage } = renderHome();
    const group = screen.getByRole('group', { name: 'Idioma' });
    expect(
      within(group)
        .getAllByRole('button')
        .map((b) => b.textContent),
    ).toEqual(['Español', 'English']);
    expect(within(group).getByRole('button', { name: 'English' })).toHaveAttribute('lang', 'en');
    await user.click(within(group).getByRole('button', { name: 'English' }));
    expect(onLanguage).toHaveBeenCalledWith('en');
  });

  it('shows no switch when only one language is offered', () => {
    renderWithKiosk(
      <HomeScreen
        takingServiceId={null}
        onChoose={vi.fn()}
        languages={['es']}
        onLanguage={vi.fn()}
      />,
    );
    expect(screen.queryByRole('group', { name: 'Idioma' })).not.toBeInTheDocument();
  });

  it('reads the services aloud, with the numbers in words, on "Escuchar"', async () => {
    const user = userEvent.setup();
    const { speaker } = renderHome();
    expect(speaker.spoken).toEqual([]);

    await user.click(screen.getByRole('button', { name: 'Escuchar' }));

    expect(speaker.spoken).toEqual([
      {
        language: 'es',
        text:
          'Toque el trámite que viene a realizar. ' +
          'Registro Civil: dos personas esperando, espera aproximada de dieciséis minutos. ' +
          'Licencias de Funcionamiento: nadie esperando. ' +
          'Tributos (SAT): dos personas esperando, espera aproximada de dieciséis minutos.',
      },
    ]);
  });

  it('reads in English when the screen is in English', async () => {
    const user = userEvent.setup();
    const { speaker } = renderHome({ language: 'en' });
    await user.click(screen.getByRole('button', { name: 'Listen' }));
    expect(speaker.spoken).toEqual([
      {
        language: 'en',
        text:
          'Touch the service you came for. ' +
          'Registro Civil: 2 people waiting, estimated wait 16 minutes. ' +
          'Licencias de Funcionamiento: nobody waiting. ' +
          'Tributos (SAT): 2 people waiting, estimated wait 16 minutes.',
      },
    ]);
  });

  it('hides "Escuchar" without a voice for the language, and shows it when one arrives', async () => {
    const speaker = createFakeSpeaker(['en']);
    renderHome({ speaker });
    expect(screen.queryByRole('button', { name: 'Escuchar' })).not.toBeInTheDocument();
    // Chromium publishes its voices a moment after the page loads.
    speaker.setVoices(['es', 'en']);
    expect(await screen.findByRole('button', { name: 'Escuchar' })).toBeInTheDocument();
  });

  it('makes every button wait while a ticket is being issued', () => {
    renderWithKiosk(
      <HomeScreen
        takingServiceId="licencias"
        onChoose={vi.fn()}
        languages={['es', 'en']}
        onLanguage={vi.fn()}
      />,
    );
    const buttons = within(screen.getByRole('list', { name: 'Trámites' })).getAllByRole('button');
    for (const button of buttons) expect(button).toBeDisabled();
    expect(screen.getByRole('button', { name: /Licencias/ })).toHaveAttribute('aria-busy', 'true');
    expect(screen.getByText('Emitiendo su ticket…')).toBeInTheDocument();
  });
  it('offers "Consultar mi trámite" in the toolbar, apart from the services', async () => {
    const user = userEvent.setup();
    const onLookup = vi.fn();
    renderWithKiosk(
      <HomeScreen
        takingServiceId={null}
        onChoose={vi.fn()}
        languages={['es', 'en']}
        onLanguage={vi.fn()}
        onLookup={onLookup}
      />,
    );
    const lookup = screen.getByRole('button', { name: 'Consultar mi trámite' });
    expect(screen.getByRole('list', { name: 'Trámites' })).not.toContainElement(lookup);
    expect(lookup.parentElement).toContainElement(screen.getByRole('button', { name: 'Escuchar' }));
    await user.click(lookup);
    expect(onLookup).toHaveBeenCalledTimes(1);
  });

  it('makes "Consultar mi trámite" wait too while a ticket is being issued', () => {
    renderWithKiosk(
      <HomeScreen
        takingServiceId="licencias"
        onChoose={vi.fn()}
        languages={['es', 'en']}
        onLanguage={vi.fn()}
        onLookup={vi.fn()}
      />,
    );
    expect(screen.getByRole('button', { name: 'Consultar mi trámite' })).toBeDisabled();
  });
});
