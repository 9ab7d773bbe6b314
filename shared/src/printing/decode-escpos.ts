import iconv from 'iconv-lite';

/**
 * One command or text run of an ESC/POS stream, as {@link decodeEscPos} reads it. Covers what the
 * suite's renderer emits plus the usual neighbours, so a test can assert on every byte.
 */
export type EscPosOp =
  | { op: 'init' }
  | { op: 'codePage'; n: number }
  | { op: 'textSize'; width: number; height: number }
  | { op: 'printMode'; n: number }
  | { op: 'align'; n: number }
  | { op: 'bold'; on: boolean }
  | { op: 'underline'; n: number }
  | { op: 'lineSpacing'; dots: number | null }
  | { op: 'text'; text: string }
  | { op: 'lf' }
  | { op: 'feed'; lines: number }
  | { op: 'qr'; fn: number; params: readonly number[]; data?: string }
  | { op: 'raster'; mode: number; widthBytes: number; heightDots: number; data: Uint8Array }
  | { op: 'cut'; mode: number }
  | { op: 'statusQuery'; n: number }
  | { op: 'unknown'; byte: number };

const ESC = 0x1b;
const GS = 0x1d;
const DLE = 0x10;
const LF = 0x0a;

/**
 * Reads an ESC/POS byte stream back into commands and text (text decoded with `codePage`, CP850
 * unless told), for tests and diagnosis: "what did the printer receive?". A command cut short at
 * the end of the stream, or a byte that starts no known command, becomes `unknown`; decoding never
 * throws.
 */
export function decodeEscPos(bytes: Uint8Array, codePage = 'cp850'): EscPosOp[] {
  const ops: EscPosOp[] = [];
  const at = (i: number): number => bytes[i] ?? -1;
  let i = 0;
  const unknown = () => {
    ops.push({ op: 'unknown', byte: at(i) });
    i += 1;
  };
  while (i < bytes.length) {
    const b = at(i);
    if (b === LF) {
      ops.push({ op: 'lf' });
      i += 1;
    } else if (b >= 0x20 && b !== 0x7f) {
      let end = i;
      while (end < bytes.length && at(end) >= 0x20 && at(end) !== 0x7f) end += 1;
      ops.push({ op: 'text', text: iconv.decode(Buffer.from(bytes.subarray(i, end)), codePage) });
      i = end;
    } else if (b === ESC) {
      const c = at(i + 1);
      const n = at(i + 2);
      if (c === 0x40) {
        ops.push({ op: 'init' });
        i += 2;
      } else if (c === 0x32) {
        ops.push({ op: 'lineSpacing', dots: null });
        i += 2;
      } else if (n < 0) {
        unknown();
      } else if (c === 0x74) {
        ops.push({ op: 'codePage', n });
        i += 3;
      } else if (c === 0x61) {
        ops.push({ op: 'align', n: n % 48 });
        i += 3;
      } else if (c === 0x45) {
        ops.push({ op: 'bold', on: (n & 1) === 1 });
        i += 3;
      } else if (c === 0x21) {
        ops.push({ op: 'printMode', n });
        i += 3;
      } else if (c === 0x2d) {
        ops.push({ op: 'underline', n: n % 48 });
        i += 3;
      } else if (c === 0x33) {
        ops.push({ op: 'lineSpacing', dots: n });
        i += 3;
      } else if (c === 0x64) {
        ops.push({ op: 'feed', lines: n });
        i += 3;
      } else {
        unknown();
      }
    } else if (b === GS) {
      const c = at(i + 1);
      if (c === 0x21 && at(i + 2) >= 0) {
        const n = at(i + 2);
        ops.push({ op: 'textSize', width: (n >> 4) + 1, height: (n & 0x0f) + 1 });
        i += 3;
      } else if (c === 0x56 && at(i + 2) >= 0) {
        const mode = at(i + 2);
        // Function B (65, 66) carries a feed amount before cutting.
        const length = mode === 65 || mode === 66 ? 4 : 3;
        if (i + length > bytes.length) {
          unknown();
        } else {
          ops.push({ op: 'cut', mode });
          i += length;
        }
      } else if (c === 0x28 && at(i + 2) === 0x6b && at(i + 4) >= 0) {
        // GS ( k pL pH cn fn [parameters]: a 2D symbol; cn 49 (0x31) is QR.
        const length = at(i + 3) + at(i + 4) * 256;
        const start = i + 5;
        if (start + length > bytes.length || length < 2 || at(start) !== 0x31) {
          unknown();
        } else {
          const fn = at(start + 1);
          const params = [...bytes.subarray(start + 2, start + length)];
          // fn 80 (0x50) "store": m = 48, then the payload.
          const data =
            fn === 0x50
              ? Buffer.from(bytes.subarray(start + 3, start + length)).toString('latin1')
              : undefined;
          ops.push(data === undefined ? { op: 'qr', fn, params } : { op: 'qr', fn, params, data });
          i = start + length;
        }
      } else if (c === 0x76 && at(i + 2) === 0x30 && at(i + 7) >= 0) {
        const widthBytes = at(i + 4) + at(i + 5) * 256;
        const heightDots = at(i + 6) + at(i + 7) * 256;
        const start = i + 8;
        const end = start + widthBytes * heightDots;
        if (end > bytes.length) {
          unknown();
        } else {
          ops.push({
            op: 'raster',
            mode: at(i + 3),
            widthBytes,
            heightDots,
            data: Uint8Array.from(bytes.subarray(start, end)),
          });
          i = end;
        }
      } else {
        unknown();
      }
    } else if (b === DLE && at(i + 1) === 0x04 && at(i + 2) >= 0) {
      ops.push({ op: 'statusQuery', n: at(i + 2) });
      i += 3;
    } else {
      unknown();
    }
  }
  return ops;
}

/**
 * The printed text of a decoded stream, one string per printed line (text runs joined until a
 * line feed), for assertions such as "a line reads SU NÚMERO DE ATENCIÓN ES".
 */
export function printedLines(ops: readonly EscPosOp[]): string[] {
  const lines: string[] = [];
  let line = '';
  for (const op of ops) {
    if (op.op === 'text') line += op.text;
    else if (op.op === 'lf') {
      lines.push(line);
      line = '';
    }
  }
  if (line !== '') lines.push(line);
  return lines;
}
