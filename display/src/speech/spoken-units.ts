import {
  MAX_SPANISH_NUMBER,
  SPANISH_HUNDREDS,
  SPANISH_LETTER_NAMES,
  SPANISH_UNITS,
  spanishNumberWords,
} from '@cac/shared/domain';
import { SPOKEN_WORDS_ES } from './spoken-words.es';

// A call said as a list of units, each one recorded clip: "erre", "veintitrés", "ventanilla",
// "tres". Numbers are cut where a person pauses (mil | doscientos | treinta y cuatro), so 1–99 are
// one clip each (a clip of "y" between two others sounds robotic) and 9,999 numbers need about a
// hundred and twenty clips. Joined with spaces, the units are exactly the words of
// `spanishNumberWords` and `ticketNumberWords`, which the tests check for every number.

/** Digits spelled one by one (numbers beyond 9999): zero has a word here. */
const DIGITS = [SPOKEN_WORDS_ES.zero, ...SPANISH_UNITS.slice(1)];

/** A whole number from 1 to 9999 as clip units; digit by digit beyond (never 0 or a fraction). */
export function numberUnits(n: number): string[] {
  if (!Number.isInteger(n) || n < 1) throw new RangeError(`numberUnits: ${n} is not 1 or more`);
  if (n > MAX_SPANISH_NUMBER) return [...String(n)].map((digit) => DIGITS[Number(digit)] ?? digit);
  const units: string[] = [];
  const thousands = Math.floor(n / 1000);
  const rest = n % 1000;
  if (thousands === 1) units.push('mil');
  else if (thousands > 1) units.push(spanishNumberWords(thousands), 'mil');
  if (rest === 100) units.push('cien');
  else {
    const hundreds = Math.floor(rest / 100);
    if (hundreds > 0) units.push(SPANISH_HUNDREDS[hundreds] ?? '');
    if (rest % 100 > 0) units.push(spanishNumberWords(rest % 100));
  }
  return units;
}

const TICKET_NUMBER = /^([A-ZÑ]{1,3})-(\d{1,6})$/;

/**
 * A ticket number as clip units — `R-023` → erre, veintitrés — or null for text that is not a
 * ticket number (the caller then says the text as it is, and has no clips for it).
 */
export function ticketUnits(ticketNumber: string): string[] | null {
  const match = TICKET_NUMBER.exec(ticketNumber.trim().toUpperCase());
  const sequence = Number.parseInt(match?.[2] ?? '', 10);
  if (!match || !(sequence >= 1)) return null;
  const letters = [...(match[1] ?? '')].map((letter) => SPANISH_LETTER_NAMES[letter] ?? letter);
  return [...letters, ...numberUnits(sequence)];
}

/** "N°", "Nº", "No." before a number: read as nothing, the number follows anyway. */
const NUMBER_SIGN = /^n[°º.o]$/i;

/**
 * A window's name as clip units: words in lower case, numbers in words and lone capitals by their
 * names — "Ventanilla 3" → ventanilla, tres; "Módulo B" → módulo, be; "Caja N° 12" → caja, doce.
 */
export function windowUnits(windowName: string): string[] {
  const units: string[] = [];
  for (const token of windowName.match(/\d+|[^\s\d]+/g) ?? []) {
    if (/^\d+$/.test(token)) {
      const n = Number.parseInt(token, 10);
      units.push(...(n >= 1 ? numberUnits(n) : [SPOKEN_WORDS_ES.zero]));
      continue;
    }
    if (NUMBER_SIGN.test(token)) continue;
    const word = token.replace(/[^\p{L}]/gu, '');
    if (word === '') continue;
    const letter = word.length === 1 ? SPANISH_LETTER_NAMES[word.toUpperCase()] : undefined;
    units.push(letter ?? word.toLowerCase());
  }
  return units;
}

/** The phrase said for the `callCount`-th call of a ticket (2 = the first recall), or null. */
export function recallUnit(callCount: number): string | null {
  if (callCount < 2) return null;
  return SPOKEN_WORDS_ES.recalls[callCount] ?? SPOKEN_WORDS_ES.anotherRecall;
}
