import { parsePrinterProfile } from './printer-profile';

describe('parsePrinterProfile', () => {
  it('accepts a full profile', () => {
    expect(parsePrinterProfile({ paperMm: 58, qr: 'native', codePage: 'PC850' })).toEqual({
      ok: true,
      value: { paperMm: 58, qr: 'native', codePage: 'PC850' },
    });
  });

  it('defaults to a raster QR (every printer prints it) and PC850', () => {
    expect(parsePrinterProfile({ paperMm: 80 })).toEqual({
      ok: true,
      value: { paperMm: 80, qr: 'raster', codePage: 'PC850' },
    });
  });

  it.each([
    [{ paperMm: 76 }, 'El ancho del papel (paperMm) debe ser 58 u 80 milímetros.'],
    [{}, 'Falta el ancho del papel (paperMm).'],
    [{ paperMm: 80, qr: 'png' }, 'El modo del código QR (qr) debe ser "native"'],
    [{ paperMm: 80, codePage: 'WPC1252' }, 'La página de códigos (codePage) debe ser "PC850"'],
    [{ paperMm: 80, cutter: true }, 'ajustes desconocidos: cutter'],
    ['80mm', 'El perfil de impresora debe ser un objeto'],
    [null, 'El perfil de impresora debe ser un objeto'],
  ])('refuses %j with a Spanish explanation', (input, words) => {
    const result = parsePrinterProfile(input);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('PRINTER_CONFIG_INVALID');
    expect(result.error.message).toMatch(/^La configuración de la impresora no es válida: /);
    expect(result.error.message).toContain(words);
  });
});
