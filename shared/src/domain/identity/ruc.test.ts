import { rucCheckDigit, rucForDni, validateRuc } from './ruc';

describe('rucCheckDigit', () => {
  it.each([
    ['2060785424', '7'],
    ['2051233379', '7'],
    ['1715554207', '1'],
    ['1010117410', '2'],
  ])('%s → %s', (body, check) => {
    expect(rucCheckDigit(body)).toBe(check);
  });

  it.each(['206078542', '20607854247', '206078542A'])(
    'refuses "%s" as a programming error',
    (bad) => {
      expect(() => rucCheckDigit(bad)).toThrow(RangeError);
    },
  );
});

describe('validateRuc', () => {
  // Every valid RUC vector of the reference, plus the prefixes it lists without a vector
  // (15 and 16), built with the same check so that each prefix is exercised.
  it.each([
    '20607854247',
    '20512333797',
    '17155542071',
    '10101174102',
    `1512345678${rucCheckDigit('1512345678')}`,
    `1612345678${rucCheckDigit('1612345678')}`,
  ])('accepts %s', (ruc) => {
    expect(validateRuc(ruc)).toEqual({ valid: true, normalized: ruc });
  });

  it('ignores surrounding spaces', () => {
    expect(validateRuc('  20607854247 ')).toEqual({ valid: true, normalized: '20607854247' });
  });

  it.each([
    // The reference's invalid vectors.
    { input: '20512333798', problem: 'RUC_CHECKSUM' },
    // Its checksum is right (2): only the prefix is wrong, so the prefix must be what is reported.
    { input: '99512333792', problem: 'RUC_PREFIX' },
    { input: '20607854240', problem: 'RUC_CHECKSUM' },
    { input: '11101174102', problem: 'RUC_PREFIX' },
    { input: '2060785424', problem: 'RUC_FORMAT' },
    { input: '206078542470', problem: 'RUC_FORMAT' },
    { input: '2060785424A', problem: 'RUC_FORMAT' },
    { input: '20-60785424-7', problem: 'RUC_FORMAT' },
    { input: '', problem: 'RUC_FORMAT' },
  ])('rejects "$input" with $problem', ({ input, problem }) => {
    expect(validateRuc(input)).toEqual({ valid: false, problem });
  });
});

describe('rucForDni', () => {
  it.each([
    // The reference's natural-person RUC 10101174102 is exactly 10 + DNI 10117410 + check 2.
    { dni: '10117410', ruc: '10101174102' },
    { dni: '10117410-G', ruc: '10101174102' },
    { dni: ' 10117410-2 ', ruc: '10101174102' },
    { dni: '06009893', ruc: `1006009893${rucCheckDigit('1006009893')}` },
  ])('$dni → $ruc', ({ dni, ruc }) => {
    expect(rucForDni(dni)).toEqual({ valid: true, normalized: ruc });
  });

  it.each(['10117410', '10812543', '10586119', '45055499', '06009893'])(
    'builds a RUC that validateRuc accepts for DNI %s',
    (dni) => {
      const built = rucForDni(dni);
      expect(built.valid).toBe(true);
      if (built.valid) expect(validateRuc(built.normalized).valid).toBe(true);
    },
  );

  it.each([
    { dni: '10117410-3', problem: 'DNI_CHECK_MISMATCH' },
    { dni: '1011741', problem: 'DNI_FORMAT' },
  ])('passes on the DNI problem of "$dni"', ({ dni, problem }) => {
    expect(rucForDni(dni)).toEqual({ valid: false, problem });
  });
});
