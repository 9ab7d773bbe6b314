import { useEffect, useSyncExternalStore } from 'react';
import type { ReactNode } from 'react';
import { useDisplayEnvironment } from './display-environment';
import { useDisplayT } from './display-text';

/**
 * While the browser refuses to play sound before someone touches the page (Chromium's autoplay
 * policy, in a plain browser on a TV stick), a small button says so; any tap on the screen lets the
 * sound in. The calls keep showing meanwhile. An Electron shell, or Chromium started with
 * `--autoplay-policy=no-user-gesture-required`, never needs it.
 */
export function SoundPrompt(): ReactNode {
  const { announcer } = useDisplayEnvironment();
  const t = useDisplayT();
  const state = useSyncExternalStore(
    announcer.subscribe,
    announcer.getSoundState,
    announcer.getSoundState,
  );
  const blocked = state === 'blocked';
  useEffect(() => {
    if (!blocked) return;
    const unlock = (): void => announcer.unlock();
    window.addEventListener('pointerdown', unlock);
    window.addEventListener('keydown', unlock);
    return () => {
      window.removeEventListener('pointerdown', unlock);
      window.removeEventListener('keydown', unlock);
    };
  }, [blocked, announcer]);
  if (!blocked) return null;
  return (
    <button type="button" className="sound-prompt" onClick={() => announcer.unlock()}>
      {t('screen.sound.enable')}
    </button>
  );
}
