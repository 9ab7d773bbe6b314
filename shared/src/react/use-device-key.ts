import { useEffect, useState } from 'react';
import type { DeviceKeyEnvironment, DeviceKeyResult, DeviceKind } from '../client';
import { resolveDeviceKey } from '../client';

/** What {@link useDeviceKey} knows so far. */
export type DeviceKeyState = { status: 'loading' } | DeviceKeyResult;

/** How often to ask again while the hub cannot be reached (e.g. both just booted after a power cut). */
const RETRY_MS = 3000;

function browserEnvironment(): DeviceKeyEnvironment {
  let storage: Storage | null = null;
  try {
    storage = window.localStorage;
  } catch {
    // Storage disabled by policy: the device works, but must be given ?key= after each restart.
  }
  return {
    search: window.location.search,
    origin: window.location.origin,
    storage,
    fetch: (input, init) => window.fetch(input, init),
  };
}

/** Removes `?key=` from the address bar once it is remembered, so it is not on screen for all to read. */
function forgetKeyInAddress(): void {
  const url = new URL(window.location.href);
  url.searchParams.delete('key');
  window.history.replaceState(window.history.state, '', url);
}

/**
 * This device's key (see `resolveDeviceKey`), retried while the hub is unreachable.
 * `environment` is injectable for tests; by default it is the browser's.
 */
export function useDeviceKey(kind: DeviceKind, environment?: DeviceKeyEnvironment): DeviceKeyState {
  const [state, setState] = useState<DeviceKeyState>({ status: 'loading' });
  useEffect(() => {
    let cancelled = false;
    let retry: ReturnType<typeof setTimeout> | undefined;
    const attempt = async (): Promise<void> => {
      const result = await resolveDeviceKey(kind, environment ?? browserEnvironment());
      if (cancelled) return;
      if (result.status === 'ready' && result.source === 'url' && !environment)
        forgetKeyInAddress();
      setState(result);
      if (result.status === 'unreachable') retry = setTimeout(() => void attempt(), RETRY_MS);
    };
    void attempt();
    return () => {
      cancelled = true;
      clearTimeout(retry);
    };
  }, [kind, environment]);
  return state;
}
