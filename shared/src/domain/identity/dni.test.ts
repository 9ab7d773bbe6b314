import { dniCheckCharacters, validateDni } from './dni';

// Every DNI vector of the reference (peru-cac.md, "Identity numbers").
const VECTORS = [
  { dni: '10117410', digit: '2', letter: 'G' },
  { dni: '10812543', digit: '3', letter: 'H' },
  { dni: '10586119', digit: '8', letter: 'B' },
  { dni: '45055499', digit: '1', letter: 'E' },
  { dni: '06009893', digit: '5', letter: 'J' },
];

describe('dniCheckCharacters', () => {
  it.each(VECTORS)('$dni → $digit / $letter', ({ dni, digit, letter }) => {
    expect(dniCheckCharacters(dni)).toEqual({ digit, letter });
  });

  it.each(['1011741', '101174100', '1011741A', ''])(
    'refuses "%s" as a programming error',
    (bad) => {
      expect(() => dniCheckCharacters(bad)).toThrow(RangeError);
    },
  );
});

describe('validateDni', () => {
  it.each([
    ...VECTORS.flatMap(({ dni, digit, letter }) => [
      { input: dni, normalized: dni },
      { input: `${dni}-${digit}`, normalized: dni },
      { input: `${dni}-${letter}`, normalized: dni },
      { input: `${dni}-${letter.toLowerCase()}`, normalized: dni },
    ]),
    { input: '  10117410  ', normalized: '10117410' },
    { input: ' 10117410-G ', normalized: '10117410' },
    { input: '10117410 - 2', normalized: '10117410' },
  ])('accepts "$input" as $normalized', ({ input, normalized }) => {
    expect(validateDni(input)).toEqual({ valid: true, normalized });
  });

  it.each([
    // The reference's invalid vector: 3 is the check of 10812543, not of 10117410.
    { input: '10117410-3', problem: 'DNI_CHECK_MISMATCH' },
    { input: '10117410-H', problem: 'DNI_CHECK_MISMATCH' },
    { input: '06009893-6', problem: 'DNI_CHECK_MISMATCH' },
    { input: '45055499-Z', problem: 'DNI_CHECK_MISMATCH' },
    // A DNI that lost its leading zero in a spreadsheet is not silently padded.
    { input: '6009893', problem: 'DNI_FORMAT' },
    { input: '101174100', problem: 'DNI_FORMAT' },
    { input: '1011741A', problem: 'DNI_FORMAT' },
    { input: '10117410-', problem: 'DNI_FORMAT' },
    { input: '10117410-GG', problem: 'DNI_FORMAT' },
    { input: '10117410 G', problem: 'DNI_FORMAT' },
    { input: '10.117.410', problem: 'DNI_FORMAT' },
    { input: '', problem: 'DNI_FORMAT' },
    { input: '   ', problem: 'DNI_FORMAT' },
  ])('rejects "$input" with $problem', ({ input, problem }) => {
    expect(validateDni(input)).toEqual({ valid: false, problem });
  });
});
