import { classifyDelta } from './sync-order';

describe('classifyDelta', () => {
  it.each([
    { current: 7, delta: 8, verdict: 'apply' },
    { current: 7, delta: 7, verdict: 'duplicate' },
    { current: 7, delta: 3, verdict: 'duplicate' },
    { current: 7, delta: 9, verdict: 'gap' },
    { current: -1, delta: 0, verdict: 'apply' },
  ] as const)('seq $delta on top of $current is $verdict', ({ current, delta, verdict }) => {
    expect(classifyDelta(current, delta)).toBe(verdict);
  });

  it.each([
    { current: 7, from: 8, delta: 12, verdict: 'apply' },
    { current: 12, from: 8, delta: 12, verdict: 'duplicate' },
    { current: 9, from: 8, delta: 12, verdict: 'gap' },
    { current: 7, from: 9, delta: 12, verdict: 'gap' },
  ] as const)(
    'batches $from…$delta in one message on top of $current: $verdict',
    ({ current, from, delta, verdict }) => {
      expect(classifyDelta(current, delta, from)).toBe(verdict);
    },
  );
});
