import { useEffect, useState } from 'react';

/**
 * Where the whole picture sits, in pixels, step after step: a slow walk around a 6 px square.
 * The layout is static for hours (headings, panel borders, the yellow rules), and on plasma or
 * OLED panels a static picture burns in; a few pixels now and then spread the wear without anyone
 * noticing.
 */
export const BURN_IN_STEPS: readonly (readonly [number, number])[] = [
  [0, 0],
  [3, 0],
  [3, 3],
  [0, 3],
  [-3, 3],
  [-3, 0],
  [-3, -3],
  [0, -3],
  [3, -3],
];

/** The offset of step `step` (any whole number; the walk repeats). */
export function burnInOffset(step: number): readonly [number, number] {
  const count = BURN_IN_STEPS.length;
  return BURN_IN_STEPS[((step % count) + count) % count] ?? [0, 0];
}

/** Default: one step every ten minutes, the whole walk in an hour and a half. */
export const BURN_IN_STEP_MS = 10 * 60_000;

/** The picture's current offset, moving one step every `everyMs`. */
export function useBurnInOffset(everyMs = BURN_IN_STEP_MS): readonly [number, number] {
  const [step, setStep] = useState(0);
  useEffect(() => {
    const timer = setInterval(
      () => setStep((current) => (current + 1) % BURN_IN_STEPS.length),
      everyMs,
    );
    return () => clearInterval(timer);
  }, [everyMs]);
  return burnInOffset(step);
}
