import { useEffect, useEffectEvent } from 'react';

/** What counts as someone still using the kiosk. */
const ACTIVITY = ['pointerdown', 'keydown'] as const;

/**
 * Calls `onIdle` once nobody has touched the screen for `afterMs` while `active`: a citizen who
 * walked away half-way must not leave the next one a question meant for them.
 */
export function useIdle(onIdle: () => void, afterMs: number, active = true): void {
  const idle = useEffectEvent(onIdle);
  useEffect(() => {
    if (!active) return undefined;
    let timer = setTimeout(() => idle(), afterMs);
    const restart = (): void => {
      clearTimeout(timer);
      timer = setTimeout(() => idle(), afterMs);
    };
    for (const type of ACTIVITY) document.addEventListener(type, restart, true);
    return () => {
      clearTimeout(timer);
      for (const type of ACTIVITY) document.removeEventListener(type, restart, true);
    };
  }, [afterMs, active]);
}
