import { act, renderHook } from '@testing-library/react';
import { BURN_IN_STEPS, burnInOffset, useBurnInOffset } from './burn-in';
import { pictureRotation } from './orientation';

describe('burn-in', () => {
  it('walks a small square and comes back, never more than 3 px from home', () => {
    expect(burnInOffset(0)).toEqual([0, 0]);
    expect(burnInOffset(BURN_IN_STEPS.length)).toEqual([0, 0]);
    expect(burnInOffset(-1)).toEqual(BURN_IN_STEPS.at(-1));
    for (const [x, y] of BURN_IN_STEPS) {
      expect(Math.abs(x)).toBeLessThanOrEqual(3);
      expect(Math.abs(y)).toBeLessThanOrEqual(3);
    }
    expect(new Set(BURN_IN_STEPS.map((step) => step.join())).size).toBe(BURN_IN_STEPS.length);
  });

  it('moves the picture one step every period', () => {
    vi.useFakeTimers();
    try {
      const { result } = renderHook(() => useBurnInOffset(60_000));
      expect(result.current).toEqual([0, 0]);
      act(() => vi.advanceTimersByTime(59_999));
      expect(result.current).toEqual([0, 0]);
      act(() => vi.advanceTimersByTime(1));
      expect(result.current).toEqual([3, 0]);
      act(() => vi.advanceTimersByTime(60_000 * (BURN_IN_STEPS.length - 1)));
      expect(result.current).toEqual([0, 0]);
    } finally {
      vi.useRealTimers();
    }
  });
});

describe('pictureRotation', () => {
  it.each([
    ['auto', 'landscape', 0],
    ['auto', 'portrait', 0],
    ['landscape', 'landscape', 0],
    ['portrait', 'portrait', 0],
    ['portrait', 'landscape', 90],
    ['portrait-reverse', 'landscape', -90],
    ['landscape', 'portrait', 90],
  ] as const)('a %s screen in a %s window turns %i°', (orientation, shape, degrees) => {
    expect(pictureRotation(orientation, shape)).toBe(degrees);
  });
});
