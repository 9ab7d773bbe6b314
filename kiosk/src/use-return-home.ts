import { useEffect, useEffectEvent } from 'react';

/** Touches this soon after the screen appeared are the same citizen's extra taps, not "done". */
const IGNORE_TOUCH_MS = 1500;

/**
 * Marks an element whose touch must not end the screen (e.g. "Escuchar" on the ticket): it
 * restarts the countdown instead, so the citizen hears the whole sentence.
 */
export const KEEP_SCREEN = { 'data-keep-screen': '' } as const;

/**
 * Calls `onDone` after `afterMs`, or when the screen is touched anywhere (a kiosk has no keyboard
 * and people touch wherever they look). The countdown does not restart when the parent
 * re-renders, which it does on every hub update: in a busy office it would otherwise never end.
 */
export function useReturnHome(onDone: () => void, afterMs: number): void {
  const done = useEffectEvent(onDone);
  useEffect(() => {
    const shownAt = Date.now();
    let timer = setTimeout(() => done(), afterMs);
    const onTouch = (event: PointerEvent): void => {
      if (event.target instanceof Element && event.target.closest('[data-keep-screen]')) {
        clearTimeout(timer);
        timer = setTimeout(() => done(), afterMs);
        return;
      }
      if (Date.now() - shownAt >= IGNORE_TOUCH_MS) done();
    };
    document.addEventListener('pointerdown', onTouch);
    return () => {
      clearTimeout(timer);
      document.removeEventListener('pointerdown', onTouch);
    };
  }, [afterMs]);
}
