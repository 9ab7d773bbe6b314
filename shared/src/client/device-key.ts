import { z } from 'zod';

/** Device kinds that authenticate with a key instead of a staff login. */
export type DeviceKind = 'kiosk' | 'display';

/** Where a face found its device key, or why it has none. */
export type DeviceKeyResult =
  | { status: 'ready'; key: string; source: 'url' | 'storage' | 'demo' }
  /** No key anywhere and the hub is not in demo mode: someone must pair this device. */
  | { status: 'unpaired' }
  /** No stored key and the hub could not be asked (it may still be starting after a power cut). */
  | { status: 'unreachable' };

/** What {@link resolveDeviceKey} needs from the browser, injectable for tests. */
export type DeviceKeyEnvironment = {
  /** `window.location.search`. */
  search: string;
  /** `window.location.origin`: the hub that served the face. */
  origin: string;
  /** `window.localStorage`, or null where storage is unavailable. */
  storage: {
    getItem(key: string): string | null;
    setItem(key: string, value: string): void;
  } | null;
  fetch: typeof fetch;
};

const DemoKeySchema = z.object({ deviceId: z.string().min(1), key: z.string().min(1) });

/** The localStorage entry that keeps a device's key across reboots. */
export function deviceKeyStorageName(kind: DeviceKind): string {
  return `cac.deviceKey.${kind}`;
}

/**
 * Finds this device's key: `?key=` in the address (remembered in localStorage, because a display
 * that forgets its login after a power cut needs a technician), then the remembered key, then —
 * only in the hub's demo mode — `GET /api/v1/demo/device-key`. The demo key is deliberately not
 * remembered, so a device never keeps a demo secret once the office leaves demo mode.
 */
export async function resolveDeviceKey(
  kind: DeviceKind,
  env: DeviceKeyEnvironment,
): Promise<DeviceKeyResult> {
  const storageName = deviceKeyStorageName(kind);
  const fromUrl = new URLSearchParams(env.search).get('key')?.trim();
  if (fromUrl) {
    safely(() => env.storage?.setItem(storageName, fromUrl));
    return { status: 'ready', key: fromUrl, source: 'url' };
  }
  const stored = safely(() => env.storage?.getItem(storageName));
  if (stored) return { status: 'ready', key: stored, source: 'storage' };
  try {
    const response = await env.fetch(`${env.origin}/api/v1/demo/device-key?kind=${kind}`, {
      headers: { accept: 'application/json' },
    });
    if (!response.ok)
      return response.status >= 500 ? { status: 'unreachable' } : { status: 'unpaired' };
    const parsed = DemoKeySchema.safeParse(await response.json());
    return parsed.success
      ? { status: 'ready', key: parsed.data.key, source: 'demo' }
      : { status: 'unpaired' };
  } catch {
    return { status: 'unreachable' };
  }
}

/** Storage throws in some locked-down browsers (privacy modes, disabled cookies); carry on without it. */
function safely<T>(read: () => T): T | undefined {
  try {
    return read();
  } catch {
    return undefined;
  }
}
