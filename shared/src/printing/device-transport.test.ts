import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { DeviceHandle } from './device-transport';
import { createDeviceTransport } from './device-transport';

function codeError(code: string): Error {
  return Object.assign(new Error(code), { code });
}

describe('device transport (/dev/usb/lp0, \\\\host\\SHARE)', () => {
  let dir = '';
  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'cac-device-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('writes the raw bytes to the device', async () => {
    const device = path.join(dir, 'lp0');
    writeFileSync(device, '');
    const bytes = Buffer.from('\x1b@\x1bt\x02A\xa5o\n', 'latin1');
    const result = await createDeviceTransport({ path: device }).send(bytes);
    expect(result).toEqual({ ok: true, value: { printer: device, bytes: bytes.length } });
    expect(readFileSync(device)).toEqual(bytes);
  });

  it('answers PRINTER_OFFLINE for a missing device, and does not create a file in its place', async () => {
    const device = path.join(dir, 'lp9');
    const result = await createDeviceTransport({ path: device }).send(Buffer.from('x'));
    expect(result).toMatchObject({
      ok: false,
      error: {
        code: 'PRINTER_OFFLINE',
        message: `No se encontró la impresora de tickets en «${device}»: revise que esté encendida y conectada.`,
      },
    });
    expect(existsSync(device)).toBe(false);
  });

  it('explains a permission problem (group lp)', async () => {
    const transport = createDeviceTransport({
      path: '/dev/usb/lp0',
      openDevice: () => Promise.reject(codeError('EACCES')),
    });
    expect(await transport.send(Buffer.from('x'))).toMatchObject({
      ok: false,
      error: { code: 'PRINTER_ERROR', message: expect.stringContaining('grupo lp') },
    });
  });

  it('answers PRINTER_TIMEOUT when the device never takes the bytes, and closes it later', async () => {
    let release: () => void = () => undefined;
    let closed = false;
    const stuck: DeviceHandle = {
      writeFile: () => new Promise<void>((resolve) => (release = resolve)),
      close: async () => {
        closed = true;
      },
    };
    const transport = createDeviceTransport({
      path: '/dev/usb/lp0',
      writeTimeoutMs: 30,
      openDevice: async () => stuck,
    });
    expect(await transport.send(Buffer.from('x'))).toMatchObject({
      ok: false,
      error: { code: 'PRINTER_TIMEOUT' },
    });
    release();
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(closed).toBe(true);
  });

  it('reports a failed write with its cause', async () => {
    const transport = createDeviceTransport({
      path: '\\\\localhost\\TICKETS',
      openDevice: async () => ({
        writeFile: () => Promise.reject(codeError('EIO')),
        close: async () => undefined,
      }),
    });
    expect(await transport.send(Buffer.from('x'))).toMatchObject({
      ok: false,
      error: {
        code: 'PRINTER_ERROR',
        message: 'No se pudo escribir en la impresora «\\\\localhost\\TICKETS» (EIO).',
      },
    });
  });
});
