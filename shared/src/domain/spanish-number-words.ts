// Numbers and ticket numbers as a Spanish voice must say them. Speech engines read "R-023" as
// "R menos cero veintitrés" or spell the digits, so the words are written here, once, and tested.

/**
 * How a number agrees with what it counts:
 * - `standalone` — counting or naming a number (uno, veintiuno, doscientos): ticket numbers;
 * - `masculine` — before a masculine noun (un minuto, veintiún minutos);
 * - `feminine` — before a feminine noun (una persona, veintiuna personas, doscientas personas).
 */
export const NUMBER_AGREEMENTS = ['standalone', 'masculine', 'feminine'] as const;
/** One of {@link NUMBER_AGREEMENTS}. */
export type NumberAgreement = (typeof NUMBER_AGREEMENTS)[number];

/** The largest number {@link spanishNumberWords} writes: ticket sequences and counts stay far below. */
export const MAX_SPANISH_NUMBER = 9999;

/** 1–9 in words (index 0 is empty: there is no word for a missing unit). */
export const SPANISH_UNITS: readonly string[] = [
  '',
  'uno',
  'dos',
  'tres',
  'cuatro',
  'cinco',
  'seis',
  'siete',
  'ocho',
  'nueve',
];
const TEENS = [
  'diez',
  'once',
  'doce',
  'trece',
  'catorce',
  'quince',
  'dieciséis',
  'diecisiete',
  'dieciocho',
  'diecinueve',
];
// 21–29 are one word each, and three of them carry an accent that the speech engine needs.
const TWENTIES = [
  'veinte',
  'veintiuno',
  'veintidós',
  'veintitrés',
  'veinticuatro',
  'veinticinco',
  'veintiséis',
  'veintisiete',
  'veintiocho',
  'veintinueve',
];
const TENS = [
  '',
  '',
  '',
  'treinta',
  'cuarenta',
  'cincuenta',
  'sesenta',
  'setenta',
  'ochenta',
  'noventa',
];
/** The hundreds in words (index 0 empty, 1 is "ciento": 100 alone is "cien"). */
export const SPANISH_HUNDREDS: readonly string[] = [
  '',
  'ciento',
  'doscientos',
  'trescientos',
  'cuatrocientos',
  'quinientos',
  'seiscientos',
  'setecientos',
  'ochocientos',
  'novecientos',
];

/** "uno" ending → "un" / "una"; "veintiuno" → "veintiún" (the accent moves) / "veintiuna". */
function agreeOne(word: string, agreement: NumberAgreement): string {
  if (agreement === 'standalone' || !word.endsWith('uno')) return word;
  const stem = word.slice(0, -3);
  if (agreement === 'feminine') return `${stem}una`;
  return stem === 'veinti' ? 'veintiún' : `${stem}un`;
}

function belowHundred(n: number, agreement: NumberAgreement): string {
  let word: string;
  if (n < 10) word = SPANISH_UNITS[n] ?? '';
  else if (n < 20) word = TEENS[n - 10] ?? '';
  else if (n < 30) word = TWENTIES[n - 20] ?? '';
  else {
    const unit = n % 10;
    const tens = TENS[Math.floor(n / 10)] ?? '';
    word = unit === 0 ? tens : `${tens} y ${SPANISH_UNITS[unit] ?? ''}`;
  }
  return agreeOne(word, agreement);
}

function belowThousand(n: number, agreement: NumberAgreement): string {
  if (n === 100) return 'cien';
  const hundreds = Math.floor(n / 100);
  const rest = n % 100;
  let head = SPANISH_HUNDREDS[hundreds] ?? '';
  // Hundreds agree too (doscientas personas), but "ciento" has no feminine.
  if (agreement === 'feminine' && hundreds > 1) head = head.replace(/os$/, 'as');
  if (rest === 0) return head;
  const tail = belowHundred(rest, agreement);
  return head ? `${head} ${tail}` : tail;
}

/**
 * A whole number from 1 to {@link MAX_SPANISH_NUMBER} in Spanish words, as the RAE writes them:
 * 1 uno, 21 veintiuno, 23 veintitrés, 100 cien, 101 ciento uno, 1000 mil, 2023 dos mil veintitrés.
 * `agreement` adapts the forms of one and the hundreds to what is counted (see
 * {@link NumberAgreement}). Throws a `RangeError` outside 1–9999 or for a fraction, because a
 * voice saying a wrong number is worse than a screen showing the digits.
 */
export function spanishNumberWords(n: number, agreement: NumberAgreement = 'standalone'): string {
  if (!Number.isInteger(n) || n < 1 || n > MAX_SPANISH_NUMBER) {
    throw new RangeError(`spanishNumberWords: ${n} is not a whole number from 1 to 9999`);
  }
  const thousands = Math.floor(n / 1000);
  const rest = n % 1000;
  // "mil", never "un mil"; the thousands themselves are 2–9, which have no gender.
  const head =
    thousands === 0 ? '' : thousands === 1 ? 'mil' : `${SPANISH_UNITS[thousands] ?? ''} mil`;
  if (rest === 0) return head;
  const tail = belowThousand(rest, agreement);
  return head ? `${head} ${tail}` : tail;
}

/**
 * The names of the letters (Ortografía de la lengua española, RAE 2010). "uve" and "uve doble"
 * rather than "ve"/"doble ve": "be" and "ve" sound the same in Spanish, so a caller that says
 * "ve" may send a citizen to the B queue.
 */
export const SPANISH_LETTER_NAMES: Readonly<Record<string, string>> = {
  A: 'a',
  B: 'be',
  C: 'ce',
  D: 'de',
  E: 'e',
  F: 'efe',
  G: 'ge',
  H: 'hache',
  I: 'i',
  J: 'jota',
  K: 'ka',
  L: 'ele',
  M: 'eme',
  N: 'ene',
  Ñ: 'eñe',
  O: 'o',
  P: 'pe',
  Q: 'cu',
  R: 'erre',
  S: 'ese',
  T: 'te',
  U: 'u',
  V: 'uve',
  W: 'uve doble',
  X: 'equis',
  Y: 'ye',
  Z: 'zeta',
};

const DIGIT_NAMES = [
  'cero',
  'uno',
  'dos',
  'tres',
  'cuatro',
  'cinco',
  'seis',
  'siete',
  'ocho',
  'nueve',
];
const TICKET_NUMBER = /^([A-ZÑ]{1,3})-(\d{1,6})$/;

/**
 * A ticket number as a voice says it: the prefix letters by their names, then the sequence in
 * words — `R-023` → "erre veintitrés", `RC-1000` → "erre ce mil". The leading zeros are only for
 * the printed width. A sequence beyond 9999 (no office issues that many in a day) is said digit by
 * digit rather than failing. Throws a `RangeError` for text that is not a ticket number.
 */
export function ticketNumberWords(ticketNumber: string): string {
  const match = TICKET_NUMBER.exec(ticketNumber.trim().toUpperCase());
  const [, prefix = '', digits = ''] = match ?? [];
  const sequence = Number.parseInt(digits, 10);
  if (!match || sequence < 1) {
    throw new RangeError(`ticketNumberWords: "${ticketNumber}" is not a ticket number like R-023`);
  }
  const letters = [...prefix].map((letter) => SPANISH_LETTER_NAMES[letter] ?? letter).join(' ');
  const number =
    sequence <= MAX_SPANISH_NUMBER
      ? spanishNumberWords(sequence)
      : [...String(sequence)].map((digit) => DIGIT_NAMES[Number(digit)] ?? digit).join(' ');
  return `${letters} ${number}`;
}
