import { readUnsignedDecimal } from './decimal-text';

describe('readUnsignedDecimal', () => {
  it.each([
    ['4.68', 468n, 2],
    ['18.09', 1809n, 2],
    ['100', 100n, 0],
    ['0.0468', 468n, 4],
    ['007.50', 750n, 2],
  ])('"%s" → %s × 10^-%i', (text, units, scale) => {
    expect(readUnsignedDecimal(text)).toEqual({ units, scale });
  });

  it.each(['', '-1', '+1', '1.', '.5', '1,000', '1e3', ' 1', '4,68'])('refuses "%s"', (text) => {
    expect(readUnsignedDecimal(text)).toBeUndefined();
  });
});
