import { useEffect } from 'react';

/** How long a result stays on screen before the kiosk is ready for the next citizen. */
export const RETURN_HOME_MS = 10_000;
/** Touches this soon after the screen appeared are the same citizen's extra taps, not "done". */
const IGNORE_TOUCH_MS = 1500;

/**
 * Calls `onDone` after {@link RETURN_HOME_MS}, or when the screen is touched anywhere (a kiosk has
 * no keyboard and people touch wherever they look).
 */
export function useReturnHome(onDone: () => void): void {
  useEffect(() => {
    const shownAt = Date.now();
    const timer = setTimeout(onDone, RETURN_HOME_MS);
    const onTouch = (): void => {
      if (Date.now() - shownAt >= IGNORE_TOUCH_MS) onDone();
    };
    document.addEventListener('pointerdown', onTouch);
    return () => {
      clearTimeout(timer);
      document.removeEventListener('pointerdown', onTouch);
    };
  }, [onDone]);
}
