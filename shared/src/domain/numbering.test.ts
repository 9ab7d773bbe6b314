import { formatTicketNumber } from './numbering';

describe('formatTicketNumber', () => {
  it.each([
    ['R', 1, 'R-001'],
    ['R', 42, 'R-042'],
    ['R', 999, 'R-999'],
    ['R', 1000, 'R-1000'],
    ['L', 12345, 'L-12345'],
    ['SAT', 7, 'SAT-007'],
  ])('%s + %i is %s', (prefix, sequence, number) => {
    expect(formatTicketNumber(prefix, sequence)).toBe(number);
  });
});
