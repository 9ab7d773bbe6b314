import { formatSoles, parseSoles } from './money';

describe('formatSoles', () => {
  it.each([
    [1100, 'S/ 11.00'], // Huarmaca's certified copy of an acta
    [1030, 'S/ 10.30'], // RENIEC online copy
    [26320, 'S/ 263.20'], // Huancayo, low-risk licence
    [42030, 'S/ 420.30'], // Huancayo, medium-risk licence
    [550000, 'S/ 5,500.00'], // UIT 2026
    [126320, 'S/ 1,263.20'],
    [123456789, 'S/ 1,234,567.89'],
    [100000000, 'S/ 1,000,000.00'],
    [0, 'S/ 0.00'],
    [5, 'S/ 0.05'],
    [99, 'S/ 0.99'],
    [-500, '-S/ 5.00'],
  ])('%i céntimos → %s', (centimos, text) => {
    expect(formatSoles(centimos)).toBe(text);
    expect(formatSoles(centimos, 'es-PE')).toBe(text);
    expect(formatSoles(centimos, 'en-PE')).toBe(text);
  });

  it.each([1.5, Number.NaN, Number.POSITIVE_INFINITY, 2 ** 53])(
    'refuses %s, which is not a whole number of céntimos',
    (bad) => {
      expect(() => formatSoles(bad)).toThrow(RangeError);
    },
  );
});

describe('parseSoles', () => {
  it.each([
    ['11', 1100],
    ['11.5', 1150],
    ['11.50', 1150],
    ['S/ 11.50', 1150],
    ['S/11.50', 1150],
    ['s/ 11.50', 1150],
    ['S/. 10.30', 1030],
    ['1,263.20', 126320],
    ['S/ 1,263.20', 126320],
    ['5,500', 550000],
    ['1,234,567.89', 123456789],
    ['  263.20  ', 26320],
    ['0', 0],
    ['0.07', 7], // 0.07 * 100 is 7.000000000000001 in floats
    ['1.15', 115], // 1.15 * 100 is 114.99999999999999
    ['4.35', 435], // 4.35 * 100 is 434.99999999999994
    ['012', 1200],
    ['90071992547409.91', Number.MAX_SAFE_INTEGER],
  ])('"%s" → %i céntimos', (text, centimos) => {
    expect(parseSoles(text)).toEqual({ ok: true, value: centimos });
  });

  it.each([
    ['', 'MONEY_EMPTY'],
    ['   ', 'MONEY_EMPTY'],
    ['-5', 'MONEY_NEGATIVE'],
    ['-11.50', 'MONEY_NEGATIVE'],
    ['-S/ 5.00', 'MONEY_NEGATIVE'],
    ['S/ -5', 'MONEY_NEGATIVE'],
    ['−5', 'MONEY_NEGATIVE'], // typographic minus
    ['11.505', 'MONEY_TOO_MANY_DECIMALS'],
    ['1.234', 'MONEY_TOO_MANY_DECIMALS'], // could be a European "1234"; refuse rather than guess
    ['0.001', 'MONEY_TOO_MANY_DECIMALS'],
    ['90071992547409.92', 'MONEY_TOO_LARGE'],
    ['11,50', 'MONEY_FORMAT'], // decimal comma
    ['1,26.20', 'MONEY_FORMAT'],
    ['1263,20', 'MONEY_FORMAT'],
    ['11.', 'MONEY_FORMAT'],
    ['.50', 'MONEY_FORMAT'],
    ['1e3', 'MONEY_FORMAT'],
    ['S/', 'MONEY_FORMAT'],
    ['12 soles', 'MONEY_FORMAT'],
    ['11 50', 'MONEY_FORMAT'],
    ['abc', 'MONEY_FORMAT'],
    ['-abc', 'MONEY_FORMAT'],
    ['$ 11.00', 'MONEY_FORMAT'],
    ['+11', 'MONEY_FORMAT'],
  ])('"%s" → %s', (text, problem) => {
    expect(parseSoles(text)).toEqual({ ok: false, error: { problem } });
  });

  it.each([0, 7, 1100, 126320, 550000, 123456789])('reads back what formatSoles wrote: %i', (c) => {
    expect(parseSoles(formatSoles(c))).toEqual({ ok: true, value: c });
  });
});
