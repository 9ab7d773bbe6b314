import { DEFAULT_UIT_TABLE, feeFromUitPercent, uitFor } from './uit';

describe('uitFor', () => {
  it.each([
    [2024, 515_000],
    [2025, 535_000],
    [2026, 550_000],
  ])('the UIT of %i is %i céntimos', (year, centimos) => {
    expect(uitFor(year, DEFAULT_UIT_TABLE)).toEqual({ ok: true, value: centimos });
  });

  it.each([2023, 2027, 2024.5, Number.NaN])('has no silent fallback for year %s', (year) => {
    expect(uitFor(year, DEFAULT_UIT_TABLE)).toEqual({
      ok: false,
      error: { problem: 'UIT_YEAR_MISSING', params: { year } },
    });
  });

  it('reads the table it is given, so an administrator can add a year', () => {
    expect(uitFor(2027, { ...DEFAULT_UIT_TABLE, 2027: 570_000 })).toEqual({
      ok: true,
      value: 570_000,
    });
  });

  it.each([5150.5, -1, Number.NaN])('refuses a configured UIT of %s céntimos', (bad) => {
    expect(uitFor(2030, { 2030: bad })).toEqual({
      ok: false,
      error: { problem: 'UIT_INVALID', params: { year: 2030 } },
    });
  });
});

describe('feeFromUitPercent', () => {
  // The area-based licence percentages of the reference (4.68 / 10.06 / 18.09 % UIT), worked out
  // by hand: fee = UIT × percent / 100, rounded once, half up, to the céntimo.
  it.each([
    [4.68, 2024, 24_102], // 5,150 × 0.0468 = 241.02
    [10.06, 2024, 51_809], // 518.09
    [18.09, 2024, 93_164], // 931.635 → 931.64 (the half céntimo rounds up)
    [4.68, 2025, 25_038], // 5,350 × 0.0468 = 250.38
    [10.06, 2025, 53_821], // 538.21
    [18.09, 2025, 96_782], // 967.815 → 967.82
    [4.68, 2026, 25_740], // 5,500 × 0.0468 = 257.40
    [10.06, 2026, 55_330], // 553.30
    [18.09, 2026, 99_495], // 994.95
    [0.2136, 2024, 1_100], // 11.0004 → 11.00 (rounding down below the half)
    [0.2137, 2024, 1_101], // 11.00555 → 11.01
    [100, 2026, 550_000],
    [0, 2026, 0],
  ])('%s %% of the UIT of %i → %i céntimos', (percent, year, centimos) => {
    expect(feeFromUitPercent(percent, year, DEFAULT_UIT_TABLE)).toEqual({
      ok: true,
      value: centimos,
    });
  });

  it.each([
    ['4.68', 24_102],
    [' 4.68 ', 24_102],
    ['4.68%', 24_102],
    ['4.68 %', 24_102],
    ['18.090', 93_164],
    ['0.0001', 1], // 0.515 céntimos → 1
    ['0.00009', 0], // 0.4635 céntimos → 0
  ])('reads the text "%s" exactly → %i céntimos of 2024', (percent, centimos) => {
    expect(feeFromUitPercent(percent, 2024, DEFAULT_UIT_TABLE)).toEqual({
      ok: true,
      value: centimos,
    });
  });

  it.each([
    ['-1', 'PERCENT_NEGATIVE'],
    [-4.68, 'PERCENT_NEGATIVE'],
    ['abc', 'PERCENT_FORMAT'],
    ['4,68', 'PERCENT_FORMAT'],
    ['', 'PERCENT_FORMAT'],
    [Number.NaN, 'PERCENT_FORMAT'],
    [Number.POSITIVE_INFINITY, 'PERCENT_FORMAT'],
    [1e-7, 'PERCENT_FORMAT'], // written "1e-7" by JavaScript
    [1e30, 'PERCENT_FORMAT'], // written "1e+30"
    ['1000000000000000', 'MONEY_TOO_LARGE'],
  ])('refuses %s with %s', (percent, problem) => {
    expect(feeFromUitPercent(percent, 2024, DEFAULT_UIT_TABLE)).toEqual({
      ok: false,
      error: { problem },
    });
  });

  it('reports the missing year instead of charging another year', () => {
    expect(feeFromUitPercent(4.68, 2027, DEFAULT_UIT_TABLE)).toEqual({
      ok: false,
      error: { problem: 'UIT_YEAR_MISSING', params: { year: 2027 } },
    });
  });
});
