import type { ExpedienteLookupView } from '@cac/shared/protocol';
import { screen, within } from '@testing-library/react';
import { renderWithKiosk } from '../test-support/render-kiosk';
import { sampleExpediente } from '../test-support/sample-expediente';
import { LookupResultScreen } from './lookup-result-screen';

function renderResult(patch: Partial<ExpedienteLookupView>, language: 'es' | 'en' = 'es') {
  renderWithKiosk(<LookupResultScreen expediente={sampleExpediente(patch)} onHome={vi.fn()} />, {
    language,
  });
  return screen.getByRole('region', {
    name: language === 'es' ? 'Estado actual' : 'Current status',
  });
}

describe('LookupResultScreen', () => {
  it.each([
    [
      'recibido',
      'Recibido',
      'Su trámite fue registrado y pronto pasará a la oficina que lo atenderá.',
    ],
    [
      'observado',
      'Observado',
      'Falta algo en su trámite. Tiene hasta el 01/12/2026 para subsanarlo.',
    ],
    ['subsanado', 'Subsanado', 'Usted entregó lo que faltaba. Su trámite sigue su curso.'],
    ['no-presentado', 'No presentado', 'el trámite se dio por no presentado'],
    ['derivado', 'Derivado', 'Su trámite fue enviado a la oficina que debe atenderlo.'],
    ['en-evaluacion', 'En evaluación', 'La oficina encargada está revisando su trámite.'],
    ['resuelto', 'Resuelto', 'Su trámite ya tiene una respuesta.'],
    ['notificado', 'Notificado', 'Ya se le comunicó la respuesta de su trámite.'],
    ['archivado', 'Archivado', 'Su trámite terminó y fue archivado.'],
  ] as const)('shows %s in words: %s', (status, name, meaning) => {
    const state = renderResult({ status });
    expect(within(state).getByTestId('expediente-state')).toHaveTextContent(
      new RegExp(`^${name}$`),
    );
    expect(state).toHaveTextContent(meaning);
    expect(state).not.toHaveTextContent(/[{}]|-/);
  });

  it('sends an observed citizen without a known deadline to the filing desk', () => {
    expect(renderResult({ status: 'observado', observationDeadline: null })).toHaveTextContent(
      'Acérquese a mesa de partes con su cargo para subsanarlo.',
    );
  });

  it.each([
    ['aprobado', 'Resultado: Aprobado', 'Su solicitud fue aprobada.'],
    ['denegado', 'Resultado: Denegado', 'Su solicitud fue denegada.'],
    [
      'aprobado-silencio-positivo',
      'Resultado: Aprobado por silencio positivo',
      'Su solicitud se considera aprobada porque la municipalidad no respondió dentro del plazo.',
    ],
  ] as const)('says how a resolved expediente ended: %s', (resolution, result, meaning) => {
    const state = renderResult({ status: 'resuelto', resolution, observationDeadline: null });
    expect(state).toHaveTextContent(result);
    expect(state).toHaveTextContent(meaning);
  });

  it('keeps the result on screen once notified', () => {
    expect(
      renderResult({ status: 'notificado', resolution: 'denegado', observationDeadline: null }),
    ).toHaveTextContent('Resultado: Denegado');
  });

  it('gives the time limit while the answer is pending, and not after', () => {
    expect(renderResult({ status: 'derivado' })).toHaveTextContent(
      'La municipalidad debe responderle hasta el 03/12/2026.',
    );
  });

  it('lists the history oldest first in Lima time, with what the office wrote', () => {
    renderResult({
      status: 'derivado',
      history: [
        { status: 'derivado', at: '2026-12-02T03:30:00.000Z', note: 'A Desarrollo Urbano.' },
        { status: 'recibido', at: '2026-11-27T15:05:00.000Z' },
      ],
    });
    const steps = within(screen.getByRole('region', { name: 'Historial' })).getAllByRole(
      'listitem',
    );
    expect(steps.map((step) => step.textContent)).toEqual([
      'Recibido 27/11/2026, 10:05',
      'Derivado 01/12/2026, 22:30A Desarrollo Urbano.',
    ]);
    expect(within(steps[0] as HTMLElement).getByText('27/11/2026, 10:05')).toHaveAttribute(
      'datetime',
      '2026-11-27T15:05:00.000Z',
    );
  });

  it('speaks English words to an English reader', () => {
    const state = renderResult({}, 'en');
    expect(within(state).getByTestId('expediente-state')).toHaveTextContent('Incomplete');
    expect(state).toHaveTextContent('You have until December 1, 2026 to fix it.');
  });
});
