/**
 * CSV as offices exchange it with spreadsheets: RFC 4180 quoting, comma or semicolon (a Spanish
 * Excel may save either), an optional UTF-8 byte-order mark, CRLF or LF. Written files start with a
 * BOM so that Excel opens "Atención" and "N°" right, and never let a cell start a formula.
 */

/** A parse failure with the 1-based line where it starts. */
export type CsvProblem = { line: number; message: string };

export type CsvParseResult = { ok: true; rows: string[][] } | { ok: false; problem: CsvProblem };

const BOM = '\uFEFF';

/** The delimiter of the first line outside quotes: `;` if it has more of them than commas. */
function detectDelimiter(text: string): ',' | ';' {
  let commas = 0;
  let semicolons = 0;
  let quoted = false;
  for (const char of text) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && (char === '\n' || char === '\r')) break;
    else if (!quoted && char === ',') commas += 1;
    else if (!quoted && char === ';') semicolons += 1;
  }
  return semicolons > commas ? ';' : ',';
}

/** Reads CSV text into rows of cells; blank lines are skipped. */
export function parseCsv(input: string): CsvParseResult {
  const text = input.startsWith(BOM) ? input.slice(1) : input;
  const delimiter = detectDelimiter(text);
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let line = 1;
  let quotedFrom = 0;
  let inQuotes = false;
  let afterQuote = false;
  const endRow = () => {
    row.push(cell);
    if (row.length > 1 || row[0] !== '') rows.push(row);
    row = [];
    cell = '';
  };
  for (let i = 0; i < text.length; i += 1) {
    const char = text[i];
    if (inQuotes) {
      if (char === '"') {
        if (text[i + 1] === '"') {
          cell += '"';
          i += 1;
        } else {
          inQuotes = false;
          afterQuote = true;
        }
      } else {
        if (char === '\n') line += 1;
        cell += char;
      }
      continue;
    }
    if (char === delimiter) {
      row.push(cell);
      cell = '';
      afterQuote = false;
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && text[i + 1] === '\n') i += 1;
      endRow();
      afterQuote = false;
      line += 1;
    } else if (afterQuote) {
      return {
        ok: false,
        problem: { line, message: 'Hay texto después de unas comillas de cierre.' },
      };
    } else if (char === '"' && cell === '') {
      inQuotes = true;
      quotedFrom = line;
    } else {
      cell += char;
    }
  }
  if (inQuotes) {
    return {
      ok: false,
      problem: { line: quotedFrom, message: 'Unas comillas se abren y nunca se cierran.' },
    };
  }
  if (cell !== '' || row.length > 0) endRow();
  return { ok: true, rows };
}

const NEEDS_QUOTES = /[",;\r\n]|^\s|\s$/;
const PLAIN_NUMBER = /^-?\d+(?:[.,]\d+)?$/;
// A cell starting with one of these is run as a formula by spreadsheets (CSV injection).
const FORMULA_START = /^[=+\-@\t\r]/;

/** One cell as CSV: quoted when needed, a leading apostrophe where it would start a formula. */
export function csvCell(value: string | number | null): string {
  if (value === null) return '';
  let text = String(value);
  if (FORMULA_START.test(text) && !PLAIN_NUMBER.test(text)) text = `'${text}`;
  return NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** A whole CSV file: UTF-8 BOM, comma separated, CRLF line ends (what Excel expects). */
export function toCsv(rows: readonly (readonly (string | number | null)[])[]): string {
  return BOM + rows.map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}
