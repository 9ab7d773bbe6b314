import {
  SPANISH_LETTER_NAMES,
  spanishNumberWords,
  ticketNumberWords,
} from './spanish-number-words';

describe('spanishNumberWords', () => {
  it.each([
    [1, 'uno'],
    [2, 'dos'],
    [9, 'nueve'],
    [10, 'diez'],
    [11, 'once'],
    [15, 'quince'],
    [16, 'dieciséis'],
    [19, 'diecinueve'],
    [20, 'veinte'],
    [21, 'veintiuno'],
    [22, 'veintidós'],
    [23, 'veintitrés'],
    [26, 'veintiséis'],
    [29, 'veintinueve'],
    [30, 'treinta'],
    [31, 'treinta y uno'],
    [45, 'cuarenta y cinco'],
    [99, 'noventa y nueve'],
    [100, 'cien'],
    [101, 'ciento uno'],
    [110, 'ciento diez'],
    [121, 'ciento veintiuno'],
    [199, 'ciento noventa y nueve'],
    [200, 'doscientos'],
    [500, 'quinientos'],
    [555, 'quinientos cincuenta y cinco'],
    [700, 'setecientos'],
    [900, 'novecientos'],
    [999, 'novecientos noventa y nueve'],
    [1000, 'mil'],
    [1001, 'mil uno'],
    [1100, 'mil cien'],
    [1999, 'mil novecientos noventa y nueve'],
    [2000, 'dos mil'],
    [2023, 'dos mil veintitrés'],
    [5100, 'cinco mil cien'],
    [7777, 'siete mil setecientos setenta y siete'],
    [9999, 'nueve mil novecientos noventa y nueve'],
  ])('%i → %s', (n, words) => {
    expect(spanishNumberWords(n)).toBe(words);
  });

  it.each([
    // [n, before a masculine noun (minutos), before a feminine noun (personas)]
    [1, 'un', 'una'],
    [21, 'veintiún', 'veintiuna'],
    [31, 'treinta y un', 'treinta y una'],
    [101, 'ciento un', 'ciento una'],
    [200, 'doscientos', 'doscientas'],
    [521, 'quinientos veintiún', 'quinientas veintiuna'],
    [1001, 'mil un', 'mil una'],
    [2300, 'dos mil trescientos', 'dos mil trescientas'],
    [4, 'cuatro', 'cuatro'],
    [100, 'cien', 'cien'],
  ])('%i agrees with its noun: %s minutos, %s personas', (n, masculine, feminine) => {
    expect(spanishNumberWords(n, 'masculine')).toBe(masculine);
    expect(spanishNumberWords(n, 'feminine')).toBe(feminine);
  });

  it.each([0, -1, 10000, 1.5, Number.NaN, Number.POSITIVE_INFINITY])(
    'refuses %s with a RangeError',
    (n) => {
      expect(() => spanishNumberWords(n)).toThrow(RangeError);
    },
  );

  it('writes every number from 1 to 9999 as lowercase words, each a different text', () => {
    const seen = new Set<string>();
    for (let n = 1; n <= 9999; n += 1) {
      const words = spanishNumberWords(n);
      expect(words).toMatch(/^[a-záéíóúñ]+( [a-záéíóúñ]+)*$/);
      seen.add(words);
    }
    expect(seen.size).toBe(9999);
  });
});

describe('ticketNumberWords', () => {
  it.each([
    ['R-023', 'erre veintitrés'],
    ['R-001', 'erre uno'],
    ['L-100', 'ele cien'],
    ['M-021', 'eme veintiuno'],
    ['T-1000', 'te mil'],
    ['O-005', 'o cinco'],
    ['V-002', 'uve dos'],
    ['W-003', 'uve doble tres'],
    ['RC-1001', 'erre ce mil uno'],
    ['r-023', 'erre veintitrés'],
    // Beyond 9999 (never in a real day) the voice spells the digits instead of failing.
    ['R-10000', 'erre uno cero cero cero cero'],
  ])('%s → %s', (ticket, words) => {
    expect(ticketNumberWords(ticket)).toBe(words);
  });

  it.each(['', 'R023', 'R-', '-023', 'R-000', '1-023', 'R-02a'])(
    'refuses "%s" with a RangeError',
    (text) => {
      expect(() => ticketNumberWords(text)).toThrow(RangeError);
    },
  );

  it('names every letter of the alphabet (A–Z and Ñ) with a distinct Spanish name', () => {
    const letters = [...'ABCDEFGHIJKLMNÑOPQRSTUVWXYZ'];
    expect(Object.keys(SPANISH_LETTER_NAMES).sort()).toEqual([...letters].sort());
    expect(new Set(Object.values(SPANISH_LETTER_NAMES)).size).toBe(letters.length);
    expect(letters.map((letter) => `${letter} ${SPANISH_LETTER_NAMES[letter]}`)).toEqual([
      'A a',
      'B be',
      'C ce',
      'D de',
      'E e',
      'F efe',
      'G ge',
      'H hache',
      'I i',
      'J jota',
      'K ka',
      'L ele',
      'M eme',
      'N ene',
      'Ñ eñe',
      'O o',
      'P pe',
      'Q cu',
      'R erre',
      'S ese',
      'T te',
      'U u',
      'V uve',
      'W uve doble',
      'X equis',
      'Y ye',
      'Z zeta',
    ]);
  });
});
