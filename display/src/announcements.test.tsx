import { act, screen } from '@testing-library/react';
import { noticeDurationMs } from './announcements';
import { onlineClient, renderDisplay } from './test-support/display-fixture';

const NOTICES = [
  'Horario de atención: lunes a viernes de 07:30 a 15:30.',
  'Pague sus tributos en línea en el portal de la municipalidad.',
];

describe('display: notices ticker', () => {
  it('shows the notices of the configuration one after another, each long enough to read', () => {
    vi.useFakeTimers();
    try {
      const client = onlineClient();
      const { office } = client.getSnapshot();
      if (!office) throw new Error('the sample has an office');
      client.update({ office: { ...office, announcements: NOTICES } });
      renderDisplay(client);
      const band = screen.getByRole('contentinfo');
      expect(band).toHaveTextContent(`Avisos${NOTICES[0]}1/2`);
      act(() => vi.advanceTimersByTime(noticeDurationMs(NOTICES[0] ?? '')));
      expect(band).toHaveTextContent(`Avisos${NOTICES[1]}2/2`);
      act(() => vi.advanceTimersByTime(noticeDurationMs(NOTICES[1] ?? '')));
      expect(band).toHaveTextContent(NOTICES[0] ?? '');
    } finally {
      vi.useRealTimers();
    }
  });

  it('gives a long notice more time, within limits', () => {
    expect(noticeDurationMs('Corto.')).toBe(8000);
    expect(noticeDurationMs('x'.repeat(150))).toBe(13_500);
    expect(noticeDurationMs('x'.repeat(280))).toBe(20_000);
  });
});
