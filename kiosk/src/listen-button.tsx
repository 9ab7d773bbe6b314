import { useT } from '@cac/shared/react';
import type { ReactNode } from 'react';
import { useEffect } from 'react';
import { useVoice } from './speech/voice';
import { ListenIcon } from './ui-icons';
import { KEEP_SCREEN } from './use-return-home';

/** Props of {@link ListenButton}. */
export type ListenButtonProps = {
  /** What the screen says when read aloud. */
  text: string;
};

/**
 * "Escuchar": reads the screen aloud and turns voice guidance on for the rest of this citizen's
 * visit. Hidden when no voice for the current language is installed, because a button that does
 * nothing teaches people the kiosk is broken.
 */
export function ListenButton({ text }: ListenButtonProps): ReactNode {
  const t = useT();
  const { canSpeak, listen, stop } = useVoice();
  // The screen is leaving: the next citizen must not hear the rest of this one.
  useEffect(() => stop, [stop]);
  if (!canSpeak) return null;
  return (
    <button type="button" className="kiosk-listen" onClick={() => listen(text)} {...KEEP_SCREEN}>
      <ListenIcon />
      <span>{t('kiosk.listen')}</span>
    </button>
  );
}
