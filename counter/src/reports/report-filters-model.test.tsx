import { currentQuickRange, defaultFilters, queryOf, quickRange } from './report-filters-model';

describe('quick ranges', () => {
  it.each([
    ['today', '2026-12-07', '2026-12-07', '2026-12-07'],
    ['last7', '2026-12-07', '2026-12-01', '2026-12-07'],
    ['last7', '2026-03-02', '2026-02-24', '2026-03-02'],
    ['thisMonth', '2026-12-07', '2026-12-01', '2026-12-07'],
    ['thisMonth', '2026-01-01', '2026-01-01', '2026-01-01'],
  ] as const)('%s on %s is %s to %s', (range, today, from, to) => {
    expect(quickRange(range, today)).toEqual({ from, to });
  });

  it('knows which quick range the form is', () => {
    const form = defaultFilters('2026-12-07');
    expect(currentQuickRange(form, '2026-12-07')).toBe('today');
    expect(currentQuickRange({ ...form, from: '2026-12-01' }, '2026-12-07')).toBe('last7');
    expect(currentQuickRange({ ...form, from: '2026-11-30' }, '2026-12-07')).toBeNull();
  });
});

describe('queryOf', () => {
  const form = defaultFilters('2026-12-07');

  it('leaves empty filters out as null', () => {
    expect(queryOf({ ...form, serviceId: 'tributos' })).toEqual({
      ok: true,
      value: {
        from: '2026-12-07',
        to: '2026-12-07',
        serviceId: 'tributos',
        windowId: null,
        clerkId: null,
        hourFrom: 0,
        hourTo: 24,
      },
    });
  });

  it.each([
    [{ from: '' }, { field: 'from', problem: 'dateInvalid' }],
    [{ to: '2026-02-30' }, { field: 'to', problem: 'dateInvalid' }],
    [{ from: '2026-12-08' }, { field: 'to', problem: 'rangeInvalid' }],
    [
      { hourFrom: 12, hourTo: 12 },
      { field: 'hourTo', problem: 'hoursInvalid' },
    ],
  ])('refuses %j', (change, error) => {
    expect(queryOf({ ...form, ...change })).toEqual({ ok: false, error });
  });
});
