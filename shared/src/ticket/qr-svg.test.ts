import QRCode from 'qrcode';
import * as browserQrCode from 'qrcode/lib/browser.js';
import { qrSvg } from './qr-svg';

const URL = 'http://192.168.1.10:8080/api/v1/tickets/t0000001?k=Zx8_k3yK3yK3yK3yK3y';

/** The dark modules drawn by qrcode's SVG path, as "row,col" cells. */
function darkCells(svg: string): Set<string> {
  const path = /<path stroke="#000000" d="([^"]+)"/.exec(svg)?.[1] ?? '';
  const cells = new Set<string>();
  let x = 0;
  let y = 0;
  for (const [, cmd, a, b] of path.matchAll(/([Mmh])(-?[\d.]+)(?: (-?[\d.]+))?/g)) {
    if (cmd === 'M') {
      x = Number(a);
      y = Number(b) - 0.5;
    } else if (cmd === 'm') {
      x += Number(a);
    } else {
      for (let i = 0; i < Number(a); i += 1) cells.add(`${y},${x + i}`);
      x += Number(a);
    }
  }
  return cells;
}

describe('qrSvg', () => {
  it('draws exactly the modules of the QR code of the data', async () => {
    const { modules } = QRCode.create(URL, { errorCorrectionLevel: 'M' });
    const expected = new Set<string>();
    for (let row = 0; row < modules.size; row += 1) {
      for (let col = 0; col < modules.size; col += 1) {
        // margin 2: module (row, col) is drawn at (row + 2, col + 2)
        if (modules.get(row, col)) expected.add(`${row + 2},${col + 2}`);
      }
    }
    expect(darkCells(await qrSvg(URL))).toEqual(expected);
  });

  it("gives the same SVG as qrcode's browser build, which uses no Node API", async () => {
    const browser = await browserQrCode.toString(URL, {
      type: 'svg',
      errorCorrectionLevel: 'M',
      margin: 2,
    });
    expect(await qrSvg(URL)).toBe(browser.trim());
  });
});
