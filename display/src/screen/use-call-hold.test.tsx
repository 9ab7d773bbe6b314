import { act, renderHook } from '@testing-library/react';
import { useCallHold } from './use-call-hold';

describe('useCallHold', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('does not hold the call that was there at start-up, nor the first state received', () => {
    const { result, rerender } = renderHook(({ key }) => useCallHold(key, 20_000), {
      initialProps: { key: undefined as string | null | undefined },
    });
    expect(result.current).toBe(false);
    rerender({ key: 'a#1' });
    expect(result.current).toBe(false);
  });

  it('holds a new call for the hold time, and a recall again', () => {
    const { result, rerender } = renderHook(({ key }) => useCallHold(key, 20_000), {
      initialProps: { key: null as string | null },
    });
    rerender({ key: 'a#1' });
    expect(result.current).toBe(true);
    act(() => vi.advanceTimersByTime(19_000));
    expect(result.current).toBe(true);
    act(() => vi.advanceTimersByTime(1_000));
    expect(result.current).toBe(false);

    rerender({ key: 'a#2' });
    expect(result.current).toBe(true);
    act(() => vi.advanceTimersByTime(10_000));
    rerender({ key: 'b#1' });
    act(() => vi.advanceTimersByTime(15_000));
    // The hold restarted with b#1.
    expect(result.current).toBe(true);
    act(() => vi.advanceTimersByTime(5_000));
    expect(result.current).toBe(false);
  });
});
