import { createPrinterTransport, parsePrinterTarget } from './printer-target';

describe('parsePrinterTarget', () => {
  it.each([
    ['tcp://192.168.1.50:9100', { kind: 'network', host: '192.168.1.50', port: 9100 }],
    ['tcp://impresora-entrada', { kind: 'network', host: 'impresora-entrada', port: 9100 }],
    ['tcp://[fe80::1]:9101', { kind: 'network', host: 'fe80::1', port: 9101 }],
    ['lp:TICKETS', { kind: 'cups', queue: 'TICKETS' }],
    ['/dev/usb/lp0', { kind: 'device', path: '/dev/usb/lp0' }],
    ['\\\\localhost\\TICKETS', { kind: 'device', path: '\\\\localhost\\TICKETS' }],
    ['device:/dev/ttyS0', { kind: 'device', path: '/dev/ttyS0' }],
    [' file ', { kind: 'file' }],
    ['memory', { kind: 'memory' }],
  ])('%j → %j', (text, target) => {
    expect(parsePrinterTarget(text)).toEqual({ ok: true, value: target });
  });

  it.each([
    ['tcp://', 'le falta el equipo'],
    ['tcp://host:99999', 'no se entiende'],
    ['tcp://host:9100/path', 'solo equipo y puerto'],
    ['lp:-o evil', 'no es válido'],
    ['COM3', 'no se reconoce «COM3»'],
    ['', 'no se reconoce'],
  ])('refuses %j in Spanish', (text, words) => {
    const result = parsePrinterTarget(text);
    expect(result).toMatchObject({ ok: false, error: { code: 'PRINTER_CONFIG_INVALID' } });
    expect(result.ok || result.error.message).toContain(words);
  });
});

describe('createPrinterTransport', () => {
  it('names each transport after its target', () => {
    const names = (
      [
        { kind: 'network', host: '10.0.0.5', port: 9100 },
        { kind: 'device', path: '/dev/usb/lp0' },
        { kind: 'cups', queue: 'TICKETS' },
        { kind: 'memory' },
      ] as const
    ).map((target) => {
      const result = createPrinterTransport(target);
      return result.ok ? result.value.name : result.error.code;
    });
    expect(names).toEqual(['tcp://10.0.0.5:9100', '/dev/usb/lp0', 'lp:TICKETS', 'memory']);
  });

  it('needs the data folder for the file printer', () => {
    expect(createPrinterTransport({ kind: 'file' })).toMatchObject({
      ok: false,
      error: { code: 'PRINTER_CONFIG_INVALID' },
    });
    expect(createPrinterTransport({ kind: 'file' }, { dataDir: '/tmp/x' })).toMatchObject({
      ok: true,
      value: { name: 'file' },
    });
  });
});
