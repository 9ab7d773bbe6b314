import QRCode from 'qrcode';

/**
 * An SVG drawing of a QR code of `data` (error correction M, 2-module quiet zone), black on white.
 * qrcode's `toString(…, {type:'svg'})` uses only its pure core and SVG renderer, in Node and in the
 * browser build alike (`qr-svg.test.ts` runs both), so the kiosk can draw it without Node.
 */
export async function qrSvg(data: string): Promise<string> {
  const svg = await QRCode.toString(data, {
    type: 'svg',
    errorCorrectionLevel: 'M',
    margin: 2,
    color: { dark: '#000000ff', light: '#ffffffff' },
  });
  return svg.trim();
}
