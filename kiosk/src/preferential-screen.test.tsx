import { sampleSyncSnapshot } from '@cac/shared/client';
import type { ServiceView } from '@cac/shared/protocol';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { PreferentialScreen } from './preferential-screen';
import { VisitVoiceProvider } from './speech/voice';
import { renderWithKiosk } from './test-support/render-kiosk';

function sampleService(id: string): ServiceView {
  const service = sampleSyncSnapshot().office.services.find((candidate) => candidate.id === id);
  if (!service) throw new Error(`the sample office has no ${id}`);
  return service;
}

const REGISTRO = sampleService('registro-civil');

describe('PreferentialScreen', () => {
  it('asks "¿Es usted…?" with a pictogram button per case and "Ninguna de las anteriores"', () => {
    renderWithKiosk(
      <PreferentialScreen service={REGISTRO} taking={null} onChoose={vi.fn()} onBack={vi.fn()} />,
    );
    expect(screen.getByRole('heading', { level: 1, name: '¿Es usted…?' })).toBeInTheDocument();
    expect(screen.getByText('Registro Civil')).toBeInTheDocument();
    const cases = within(screen.getByRole('list', { name: 'Atención preferente' })).getAllByRole(
      'button',
    );
    expect(cases.map((button) => button.textContent)).toEqual([
      'Gestante',
      'Adulto mayor 60 años o más',
      'Persona con discapacidad',
      'Con un niño pequeño',
    ]);
    // Pictograms are inline SVG drawings, never emoji (which differ per OS or are missing).
    for (const button of [
      ...cases,
      screen.getByRole('button', { name: 'Ninguna de las anteriores' }),
    ]) {
      expect(button.querySelector('svg[aria-hidden="true"]')).not.toBeNull();
      expect(button.textContent).not.toMatch(/\p{Extended_Pictographic}/u);
    }
  });

  it.each([
    ['Gestante', 'pregnant'],
    ['Adulto mayor 60 años o más', 'senior'],
    ['Persona con discapacidad', 'disability'],
    ['Con un niño pequeño', 'child'],
    ['Ninguna de las anteriores', 'none'],
  ])('"%s" chooses %s', async (name, category) => {
    const user = userEvent.setup();
    const onChoose = vi.fn();
    renderWithKiosk(
      <PreferentialScreen service={REGISTRO} taking={null} onChoose={onChoose} onBack={vi.fn()} />,
    );
    await user.click(screen.getByRole('button', { name }));
    expect(onChoose).toHaveBeenCalledExactlyOnceWith(category);
  });

  it('goes back on "Volver"', async () => {
    const user = userEvent.setup();
    const onBack = vi.fn();
    renderWithKiosk(
      <PreferentialScreen service={REGISTRO} taking={null} onChoose={vi.fn()} onBack={onBack} />,
    );
    await user.click(screen.getByRole('button', { name: 'Volver' }));
    expect(onBack).toHaveBeenCalledOnce();
  });

  it('waits with every button disabled while the ticket is issued', () => {
    renderWithKiosk(
      <PreferentialScreen service={REGISTRO} taking="child" onChoose={vi.fn()} onBack={vi.fn()} />,
    );
    for (const button of screen
      .getAllByRole('button')
      .filter((b) => b.textContent !== 'Escuchar')) {
      expect(button).toBeDisabled();
    }
    expect(screen.getByRole('button', { name: 'Con un niño pequeño' })).toHaveAttribute(
      'aria-busy',
      'true',
    );
    expect(screen.getByText('Emitiendo su ticket…')).toBeInTheDocument();
  });

  it('reads the question and every case on "Escuchar"', async () => {
    const user = userEvent.setup();
    const { speaker } = renderWithKiosk(
      <PreferentialScreen service={REGISTRO} taking={null} onChoose={vi.fn()} onBack={vi.fn()} />,
    );
    expect(speaker.spoken).toEqual([]);
    await user.click(screen.getByRole('button', { name: 'Escuchar' }));
    expect(speaker.spoken).toEqual([
      {
        language: 'es',
        text: '¿Es usted gestante, adulto mayor de 60 años o más, persona con discapacidad, o viene con un niño pequeño? Toque su imagen para tener atención preferente. Si no, toque el botón de abajo: Ninguna de las anteriores.',
      },
    ]);
  });

  it('reads itself on arrival for a citizen who asked to listen, and stops when it goes', () => {
    const { speaker, unmount } = renderWithKiosk(
      <VisitVoiceProvider value={{ askedForVoice: true, onAskedForVoice: vi.fn() }}>
        <PreferentialScreen service={REGISTRO} taking={null} onChoose={vi.fn()} onBack={vi.fn()} />
      </VisitVoiceProvider>,
    );
    expect(speaker.lastSaid()).toMatch(/^¿Es usted gestante/);
    const stops = speaker.stops;
    unmount();
    expect(speaker.stops).toBeGreaterThan(stops);
  });
});
