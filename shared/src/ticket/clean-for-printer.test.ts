import iconv from 'iconv-lite';
import { cleanForPrinter } from './clean-for-printer';

// Each row: what goes in, what a PC850 printer must receive, and why.
const CASES: readonly (readonly [string, string, string])[] = [
  ['SU NÚMERO DE ATENCIÓN ES', 'SU NÚMERO DE ATENCIÓN ES', 'Spanish capitals with accents stay'],
  ['ñandú Ñuñoa ¿Qué? ¡Sí! 25 °C', 'ñandú Ñuñoa ¿Qué? ¡Sí! 25 °C', 'ñ, ¿, ¡ and ° stay'],
  ['pingüino PINGÜINO', 'pingüino PINGÜINO', 'ü and Ü stay'],
  ['“Registro” ‘Civil’', '"Registro" \'Civil\'', 'curly quotes become straight'],
  ['Lunes – viernes — sábado', 'Lunes - viernes - sábado', 'en and em dashes become hyphens'],
  ['Espere…', 'Espere...', 'the ellipsis becomes three dots'],
  ['10:05\u202fa.\u00a0m.', '10:05 a. m.', 'narrow and ordinary no-break spaces become spaces'],
  ['Bienvenido 👋 al CAC 🇵🇪', 'Bienvenido al CAC', 'emoji (and the space they leave) go'],
  ['❤️ Gracias', 'Gracias', 'an emoji with its variation selector goes'],
  ['S/ 5 €', 'S/ 5 EUR', 'the euro sign, missing from PC850, is spelt out'],
  [
    'Łódź Škoda Œuvre',
    'Lódz Skoda OEuvre',
    'letters PC850 lacks lose their accent, not their place',
  ],
  ['Cafe\u0301', 'Café', 'a decomposed accent is composed first'],
  ['A\u001b@B\u0007C', 'A@BC', 'control characters (ESC would start a printer command) go'],
  ['línea 1\nlínea 2\ttab', 'línea 1 línea 2 tab', 'line breaks and tabs become spaces'],
  ['  muchos    espacios  ', 'muchos espacios', 'spaces are collapsed and trimmed'],
  ['in\u00adcreíble', 'increíble', 'the soft hyphen goes'],
  ['', '', 'empty stays empty'],
];

describe('cleanForPrinter', () => {
  it.each(CASES)('%j → %j (%s)', (input, expected) => {
    expect(cleanForPrinter(input)).toBe(expected);
  });

  it('is idempotent', () => {
    for (const [input] of CASES) {
      const once = cleanForPrinter(input);
      expect(cleanForPrinter(once)).toBe(once);
    }
  });

  it('leaves only characters that round-trip through CP850, for every BMP character', () => {
    // What node-thermal-printer needs in order never to switch code page: every character it
    // receives is ASCII or encodable in the active page (PC850).
    const broken: string[] = [];
    for (let code = 0; code <= 0xffff; code += 1) {
      if (code >= 0xd800 && code <= 0xdfff) continue;
      const cleaned = cleanForPrinter(`a${String.fromCharCode(code)}b`);
      const roundTrip = iconv.decode(iconv.encode(cleaned, 'cp850'), 'cp850');
      const control = [...cleaned].some((c) => c.charCodeAt(0) < 0x20 || c === '\u007f');
      if (roundTrip !== cleaned || control) {
        broken.push(code.toString(16));
      }
    }
    expect(broken).toEqual([]);
  });
});
