import { validateCarneExtranjeria } from './carne-extranjeria';

describe('validateCarneExtranjeria', () => {
  it.each([
    { input: '001234567', normalized: '001234567' },
    { input: '  001234567 ', normalized: '001234567' },
  ])('accepts the usual 9 digits "$input" without warning', ({ input, normalized }) => {
    expect(validateCarneExtranjeria(input)).toEqual({ valid: true, normalized });
  });

  it.each([
    { input: '12345678', normalized: '12345678' },
    { input: '1234567890', normalized: '1234567890' },
    { input: '123456789012', normalized: '123456789012' },
    { input: 'a12345678', normalized: 'A12345678' },
    { input: 'AB1234', normalized: 'AB1234' },
    { input: '7', normalized: '7' },
  ])('stores "$input" as $normalized but warns', ({ input, normalized }) => {
    expect(validateCarneExtranjeria(input)).toEqual({
      valid: true,
      normalized,
      warning: 'CE_UNUSUAL_LENGTH',
    });
  });

  it.each(['', '   ', '1234567890123', '00123-4567', '001 234 567', 'Ñ12345678', '12345678.'])(
    'rejects "%s" with CE_FORMAT',
    (input) => {
      expect(validateCarneExtranjeria(input)).toEqual({ valid: false, problem: 'CE_FORMAT' });
    },
  );
});
