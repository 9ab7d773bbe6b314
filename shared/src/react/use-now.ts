import { useEffect, useState } from 'react';

/**
 * The hub's current time (epoch ms), refreshed every `everyMs`. For figures that drift slowly,
 * such as how long the oldest ticket has waited; renders must not read `Date.now()` themselves.
 */
export function useNow(offsetMs = 0, everyMs = 15_000): number {
  const [now, setNow] = useState(() => Date.now() + offsetMs);
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now() + offsetMs), everyMs);
    return () => clearInterval(timer);
  }, [offsetMs, everyMs]);
  return now;
}
