import { axisFor } from './chart-scale';

describe('axisFor', () => {
  it.each([
    [0, false, [0, 1, 2, 3, 4]],
    [4, true, [0, 1, 2, 3, 4]],
    [5, true, [0, 2, 4, 6, 8]],
    [9, true, [0, 3, 6, 9, 12]],
    [71, true, [0, 20, 40, 60, 80]],
    [82, true, [0, 25, 50, 75, 100]],
    [412, true, [0, 200, 400, 600, 800]],
    [34.9, false, [0, 10, 20, 30, 40]],
    [9, false, [0, 2.5, 5, 7.5, 10]],
    [0.4, false, [0, 0.1, 0.2, 0.3, 0.4]],
  ])('%d (integer: %s) → %j', (max, integer, ticks) => {
    const axis = axisFor(max, { integer });
    expect(axis.ticks).toEqual(ticks);
    expect(axis.top).toBe(ticks.at(-1));
    expect(axis.top).toBeGreaterThanOrEqual(max);
  });
});
