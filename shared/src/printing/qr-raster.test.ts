import { ThermalPrinter, PrinterTypes } from 'node-thermal-printer';
import QRCode from 'qrcode';
import { qrRasterCommand, qrSymbol, QR_QUIET_ZONE } from './qr-raster';

const URL = 'http://192.168.1.10:8080/api/v1/tickets/t0000001?k=Zx8_k3yK3yK3yK3yK3y';

describe('qrRasterCommand', () => {
  it.each([192, 240])(
    "is byte for byte what the library's printImageBuffer makes of qrcode's PNG (%i dots)",
    async (target) => {
      const symbol = qrSymbol(URL, target);
      const png = await QRCode.toBuffer(URL, {
        type: 'png',
        errorCorrectionLevel: 'M',
        margin: QR_QUIET_ZONE,
        scale: symbol.cellDots,
      });
      const printer = new ThermalPrinter({ type: PrinterTypes.EPSON, interface: '' });
      await printer.printImageBuffer(png);
      expect(qrRasterCommand(symbol).equals(printer.getBuffer())).toBe(true);
    },
  );

  it('picks the largest module that fits, between 2 and 8 dots', () => {
    const symbol = qrSymbol(URL, 240);
    expect(symbol.cellDots).toBe(Math.floor(240 / (symbol.size + 2 * QR_QUIET_ZONE)));
    expect((symbol.size + 2 * QR_QUIET_ZONE) * symbol.cellDots).toBeLessThanOrEqual(240);
    expect(qrSymbol('x', 2000).cellDots).toBe(8);
    expect(qrSymbol(URL.repeat(10), 100).cellDots).toBe(2);
  });
});
