import { useEffect, useState } from 'react';

/**
 * True for `holdMs` after the newest call changed: while it is true the featured call keeps the
 * stage even on a screen with a media panel. `latestKey` is undefined until the screen knows the
 * office's state; the call on screen at that first moment is not new.
 */
export function useCallHold(latestKey: string | null | undefined, holdMs: number): boolean {
  const [held, setHeld] = useState({ key: latestKey, expired: true });
  // A new call: remembered during render (React's pattern for state derived from props), so the
  // stage switches in the same frame as the call appears, not one effect later.
  if (held.key !== latestKey) {
    setHeld({ key: latestKey, expired: held.key === undefined || latestKey == null });
  }
  useEffect(() => {
    if (held.expired) return;
    const timer = setTimeout(
      () =>
        setHeld((current) => (current.key === held.key ? { ...current, expired: true } : current)),
      holdMs,
    );
    return () => clearTimeout(timer);
  }, [held, holdMs]);
  return !held.expired;
}
