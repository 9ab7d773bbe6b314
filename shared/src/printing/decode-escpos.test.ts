import { decodeEscPos, printedLines } from './decode-escpos';

describe('decodeEscPos', () => {
  it('reads commands and CP850 text', () => {
    const bytes = Buffer.from([
      0x1b, 0x40, 0x1b, 0x74, 0x02, 0x1b, 0x61, 0x01, 0x1b, 0x45, 0x01, 0x1d, 0x21, 0x11, 0xa8,
      0x41, 0xa5, 0x4f, 0x3f, 0x0a, 0x1b, 0x64, 0x03, 0x1d, 0x56, 0x00,
    ]);
    expect(decodeEscPos(bytes)).toEqual([
      { op: 'init' },
      { op: 'codePage', n: 2 },
      { op: 'align', n: 1 },
      { op: 'bold', on: true },
      { op: 'textSize', width: 2, height: 2 },
      { op: 'text', text: '¿AÑO?' },
      { op: 'lf' },
      { op: 'feed', lines: 3 },
      { op: 'cut', mode: 0 },
    ]);
  });

  it('reads a QR store command and its payload', () => {
    const data = Buffer.from('http://x/t?k=1');
    const length = data.length + 3;
    const bytes = Buffer.concat([
      Buffer.from([0x1d, 0x28, 0x6b, length & 0xff, length >> 8, 0x31, 0x50, 0x30]),
      data,
      Buffer.from([0x1d, 0x28, 0x6b, 0x03, 0x00, 0x31, 0x51, 0x30]),
    ]);
    expect(decodeEscPos(bytes)).toEqual([
      { op: 'qr', fn: 0x50, params: [0x30, ...data], data: 'http://x/t?k=1' },
      { op: 'qr', fn: 0x51, params: [0x30] },
    ]);
  });

  it('skips raster data instead of reading it as text', () => {
    const bytes = Buffer.from([0x1d, 0x76, 0x30, 0x00, 0x01, 0x00, 0x02, 0x00, 0x41, 0x0a, 0x42]);
    const ops = decodeEscPos(bytes);
    expect(ops).toEqual([
      { op: 'raster', mode: 0, widthBytes: 1, heightDots: 2, data: Uint8Array.from([0x41, 0x0a]) },
      { op: 'text', text: 'B' },
    ]);
  });

  it('never throws on truncated or unknown bytes: they come back as unknown', () => {
    expect(decodeEscPos(Buffer.from([0x1b]))).toEqual([{ op: 'unknown', byte: 0x1b }]);
    expect(
      decodeEscPos(Buffer.from([0x1d, 0x76, 0x30, 0x00, 0xff, 0x00, 0xff, 0x00, 1]))[0],
    ).toEqual({ op: 'unknown', byte: 0x1d });
    expect(decodeEscPos(Buffer.from([0x07]))).toEqual([{ op: 'unknown', byte: 0x07 }]);
  });

  it('joins text runs into printed lines', () => {
    const ops = decodeEscPos(Buffer.from('uno\x1bE\x01dos\ntres\n', 'latin1'));
    expect(printedLines(ops)).toEqual(['unodos', 'tres']);
  });
});
