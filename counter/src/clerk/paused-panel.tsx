import type { WindowState } from '@cac/shared/domain';
import { useLanguage } from '@cac/shared/react';
import type { ReactNode } from 'react';
import { useCounterT } from '../counter-text';
import { formatElapsed } from './elapsed';
import { officeTime } from './office-time';
import { PAUSE_REASON_KEYS } from './pause-reasons';

/** Props of {@link PausedPanel}. */
export type PausedPanelProps = { window: WindowState; now: number; timeZone: string };

/** In place of the ticket while the window is paused: why, since when, and how to come back. */
export function PausedPanel({ window, now, timeZone }: PausedPanelProps): ReactNode {
  const t = useCounterT();
  const language = useLanguage();
  const since = window.since ?? now;
  return (
    <section className="panel current" aria-labelledby="paused-heading" data-state="paused">
      <h2 id="paused-heading">{t('clerk.paused.heading')}</h2>
      <p className="current__paused-reason">
        {t('clerk.paused.since', {
          reason: t(PAUSE_REASON_KEYS[window.pauseReason ?? 'otro']),
          time: officeTime(since, timeZone, language),
        })}
      </p>
      <p className="current__timer" role="timer" aria-labelledby="paused-heading">
        {formatElapsed(now - since)}
      </p>
      <p className="current__hint">{t('clerk.paused.resumeHint')}</p>
    </section>
  );
}
