import QRCode from 'qrcode';
import { parseLogoPng } from './printer-logo';

async function pngOfWidth(modulesScale: number): Promise<Buffer> {
  // A 21-module QR with a 1-module margin is (21 + 2) × scale pixels square.
  return QRCode.toBuffer('A', {
    type: 'png',
    errorCorrectionLevel: 'L',
    margin: 1,
    scale: modulesScale,
  });
}

describe('parseLogoPng', () => {
  it('reads the size of a PNG that fits the paper', async () => {
    const png = await pngOfWidth(16); // 368 px
    expect(parseLogoPng(png, 58)).toMatchObject({ ok: true, value: { width: 368, height: 368 } });
  });

  it('refuses a logo wider than the paper, saying both widths', async () => {
    const png = await pngOfWidth(17); // 391 px
    expect(parseLogoPng(png, 80).ok).toBe(true);
    expect(parseLogoPng(png, 58)).toMatchObject({
      ok: false,
      error: {
        code: 'PRINTER_CONFIG_INVALID',
        message: expect.stringContaining('391 puntos de ancho y en papel de 58 mm caben 384'),
      },
    });
  });

  it('refuses what is not a PNG', () => {
    expect(parseLogoPng(Buffer.from('GIF89a not a png at all....'), 80)).toMatchObject({
      ok: false,
      error: { message: expect.stringContaining('el logo debe ser una imagen PNG') },
    });
  });
});
