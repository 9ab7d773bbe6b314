import { useEffect, useState } from 'react';

/**
 * The hub's current time (epoch ms), refreshed every `everyMs`. For figures that drift slowly,
 * such as how long the oldest ticket has waited; renders must not read `Date.now()` themselves.
 */
export function useNow(offsetMs = 0, everyMs = 15_000): number {
  const [localNow, setLocalNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setLocalNow(Date.now()), everyMs);
    return () => clearInterval(timer);
  }, [everyMs]);
  return localNow + offsetMs;
}
