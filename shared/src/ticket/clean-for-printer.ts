import { isPc850Printable } from './pc850';

/**
 * Replacements applied before anything is dropped, so that typography from word processors, locale
 * time formats and configuration files keeps its meaning on a PC850 printer. Anything else PC850
 * lacks is reduced to its unaccented letter when that exists ("ś" → "s") or removed (emoji).
 */
const REPLACEMENTS: Readonly<Record<string, string>> = {
  // quotes
  '\u2018': "'",
  '\u2019': "'",
  '\u201a': "'",
  '\u201b': "'",
  '\u2032': "'",
  '\u201c': '"',
  '\u201d': '"',
  '\u201e': '"',
  '\u201f': '"',
  '\u2033': '"',
  // dashes and minus
  '\u2010': '-',
  '\u2011': '-',
  '\u2012': '-',
  '\u2013': '-',
  '\u2014': '-',
  '\u2015': '-',
  '\u2212': '-',
  // ellipsis, bullet, euro (PC850 has no euro sign; PC858 does, but the suite prints PC850)
  '\u2026': '...',
  '\u2022': '-',
  '\u20ac': 'EUR',
  // spaces: PC850 has U+00A0 at 0xFF, but some clones print it as a glyph; a plain space is safe
  '\u00a0': ' ',
  '\u202f': ' ',
  '\u2007': ' ',
  '\u2009': ' ',
  '\u200a': ' ',
  '\u2002': ' ',
  '\u2003': ' ',
  '\u205f': ' ',
  '\u3000': ' ',
  '\t': ' ',
  '\n': ' ',
  '\r': ' ',
  // letters whose stroke is not an accent, so the fallback below cannot take it off
  '\u0141': 'L',
  '\u0142': 'l',
  '\u0110': 'D',
  '\u0111': 'd',
  '\u0152': 'OE',
  '\u0153': 'oe',
  // the soft hyphen is invisible on screen but printers draw it
  '\u00ad': '',
};

const COMBINING_MARKS = /\p{M}/gu;

function cleanChar(char: string): string {
  const replaced = REPLACEMENTS[char];
  if (replaced !== undefined) return replaced;
  if (isPc850Printable(char)) return char;
  // "ő" → "o", "Ş" → "S": better a letter without its accent than a hole in a name.
  const base = char.normalize('NFD').replace(COMBINING_MARKS, '');
  if (base !== '' && base !== char && [...base].every(isPc850Printable)) return base;
  return '';
}

/**
 * Makes `text` printable on code page 850 without surprises: typographic quotes, dashes and ellipsis
 * become ASCII, unusual spaces become spaces, control characters (which a printer would execute as
 * commands) and everything PC850 lacks (emoji, most symbols) are removed, and runs of spaces are
 * collapsed and trimmed. Spanish letters and signs (ñÑ áéíóú ÁÉÍÓÚ üÜ ¿ ¡ °) are kept.
 *
 * node-thermal-printer switches to another code page by itself, for the rest of the ticket, when
 * it meets a character the active page lacks; text cleaned here never triggers that.
 */
export function cleanForPrinter(text: string): string {
  let out = '';
  for (const char of text.normalize('NFC')) out += cleanChar(char);
  return out.replace(/ {2,}/g, ' ').trim();
}
