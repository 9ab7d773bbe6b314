import {
  expedienteDocumentTitle,
  formatExpedienteNumber,
  parseExpedienteNumber,
  readTypedExpedienteNumber,
} from './expediente-number';

describe('expediente numbers', () => {
  it('formats the screen form and the printed document title', () => {
    expect(formatExpedienteNumber({ year: 2026, sequence: 123 })).toBe('EXP-2026-000123');
    expect(formatExpedienteNumber({ year: 2026, sequence: 999_999 })).toBe('EXP-2026-999999');
    expect(expedienteDocumentTitle({ year: 2026, sequence: 123 }, 'MPC')).toBe(
      'Expediente N° 000123-2026-MPC',
    );
  });

  it('parses only the canonical form where programs send it', () => {
    expect(parseExpedienteNumber('EXP-2026-000123')).toEqual({ year: 2026, sequence: 123 });
    expect(parseExpedienteNumber('EXP-2026-123')).toBeNull();
    expect(parseExpedienteNumber('exp-2026-000123')).toBeNull();
    expect(parseExpedienteNumber('EXP-2026-000000')).toBeNull();
  });

  it.each([
    ['EXP-2026-000123', 2026, 123],
    ['exp-2026-123', 2026, 123],
    ['  EXP 2026 000123 ', 2026, 123],
    ['000123-2026', 2026, 123],
    ['123-2026-MPC', 2026, 123],
    ['Expediente N° 000123-2026-MPC', 2026, 123],
    ['N° 45 - 2025', 2025, 45],
  ])('reads what a person typed: %j', (typed, year, sequence) => {
    expect(readTypedExpedienteNumber(typed)).toEqual({ year, sequence });
  });

  it.each(['', '2026', 'EXP-26-123', '0-2026', '1234567-2026', 'R-023', '123/2026'])(
    'does not guess from %j',
    (typed) => {
      expect(readTypedExpedienteNumber(typed)).toBeNull();
    },
  );
});
