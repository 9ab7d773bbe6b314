import type { DeviceKeyEnvironment } from './device-key';
import { deviceKeyStorageName, resolveDeviceKey } from './device-key';

function environment(overrides: Partial<DeviceKeyEnvironment> = {}): DeviceKeyEnvironment & {
  stored: Map<string, string>;
} {
  const stored = new Map<string, string>();
  return {
    search: '',
    origin: 'http://hub.local:4700',
    storage: {
      getItem: (name) => stored.get(name) ?? null,
      setItem: (name, value) => void stored.set(name, value),
    },
    fetch: vi.fn(async () => new Response(null, { status: 404 })),
    stored,
    ...overrides,
  };
}

describe('resolveDeviceKey', () => {
  it('takes ?key= from the address and remembers it for the next power cut', async () => {
    const env = environment({ search: '?key=abcdefgh123&lang=es' });
    expect(await resolveDeviceKey('display', env)).toEqual({
      status: 'ready',
      key: 'abcdefgh123',
      source: 'url',
    });
    expect(env.stored.get(deviceKeyStorageName('display'))).toBe('abcdefgh123');
    expect(env.fetch).not.toHaveBeenCalled();
  });

  it('uses the remembered key when the address has none', async () => {
    const env = environment();
    env.stored.set('cac.deviceKey.kiosk', 'remembered-key');
    expect(await resolveDeviceKey('kiosk', env)).toEqual({
      status: 'ready',
      key: 'remembered-key',
      source: 'storage',
    });
  });

  it('asks the demo hub for its key, without remembering it', async () => {
    const fetch = vi.fn(async () => Response.json({ deviceId: 'kiosk-1', key: 'demo-kiosk-key' }));
    const env = environment({ fetch });
    expect(await resolveDeviceKey('kiosk', env)).toEqual({
      status: 'ready',
      key: 'demo-kiosk-key',
      source: 'demo',
    });
    expect(fetch).toHaveBeenCalledWith(
      'http://hub.local:4700/api/v1/demo/device-key?kind=kiosk',
      expect.anything(),
    );
    expect(env.stored.size).toBe(0);
  });

  it('is unpaired when a real (non-demo) hub answers 404', async () => {
    expect(await resolveDeviceKey('kiosk', environment())).toEqual({ status: 'unpaired' });
  });

  it('is unreachable, not unpaired, when the hub cannot be asked', async () => {
    const fetch = vi.fn(async () => {
      throw new TypeError('Failed to fetch');
    });
    expect(await resolveDeviceKey('kiosk', environment({ fetch }))).toEqual({
      status: 'unreachable',
    });
  });
});
