import { act, render, screen } from '@testing-library/react';
import { useClock } from './use-clock';

function Clock({ offsetMs }: { offsetMs?: number }) {
  const clock = useClock('America/Lima', offsetMs);
  return (
    <p>
      {clock.date} {clock.time}
    </p>
  );
}

describe('useClock', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('shows Lima time whatever the device’s zone, and ticks', () => {
    vi.useFakeTimers({ now: Date.UTC(2025, 2, 10, 14, 59, 59, 500) });
    render(<Clock />);
    expect(screen.getByText('lunes, 10 de marzo de 2025 09:59')).toBeInTheDocument();

    act(() => vi.advanceTimersByTime(1000));
    expect(screen.getByText('lunes, 10 de marzo de 2025 10:00')).toBeInTheDocument();
  });

  it('shows the hub’s time when this device’s clock is off, as soon as the offset is known', () => {
    vi.useFakeTimers({ now: Date.UTC(2025, 2, 10, 14, 0, 0) });
    const { rerender } = render(<Clock offsetMs={0} />);
    expect(screen.getByText('lunes, 10 de marzo de 2025 09:00')).toBeInTheDocument();

    rerender(<Clock offsetMs={-3 * 60 * 60_000} />);
    expect(screen.getByText('lunes, 10 de marzo de 2025 06:00')).toBeInTheDocument();
  });
});
