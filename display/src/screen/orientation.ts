import { useSyncExternalStore } from 'react';
import type { Orientation } from '../settings/display-settings';

/** The shape of a window or of the picture. */
export type Shape = 'landscape' | 'portrait';

/**
 * How far the picture turns (degrees, clockwise) for a screen mounted as `orientation` in a window
 * of shape `window`: none when they agree, a quarter turn when a TV hangs upright but the PC's
 * desktop was left in landscape (or the other way round).
 */
export function pictureRotation(orientation: Orientation, window: Shape): 0 | 90 | -90 {
  if (orientation === 'auto') return 0;
  const wanted: Shape = orientation === 'landscape' ? 'landscape' : 'portrait';
  if (wanted === window) return 0;
  return orientation === 'portrait-reverse' ? -90 : 90;
}

function subscribe(listener: () => void): () => void {
  window.addEventListener('resize', listener);
  return () => window.removeEventListener('resize', listener);
}

function windowShape(): Shape {
  return window.innerHeight > window.innerWidth ? 'portrait' : 'landscape';
}

/** The browser window's shape, following resizes (a TV's resolution changed, a window moved). */
export function useWindowShape(): Shape {
  return useSyncExternalStore(subscribe, windowShape, () => 'landscape');
}
