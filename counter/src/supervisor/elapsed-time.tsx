import type { ReactNode } from 'react';
import { formatElapsed } from './format-time';

/** A running time (`04:07`) as a `<time>` element with its ISO duration. */
export function ElapsedTime({ from, now }: { from: number; now: number }): ReactNode {
  const { text, iso } = formatElapsed(now - from);
  return (
    <time className="floor-elapsed" dateTime={iso}>
      {text}
    </time>
  );
}
