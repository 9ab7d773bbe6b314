import type { ReactNode } from 'react';
import { useDisplayT } from './display-text';
import type { LoggedAnnouncement } from './speech/announcement-queue';

/** Props of {@link AnnouncementLog}. */
export type AnnouncementLogProps = { log: readonly LoggedAnnouncement[] };

/**
 * The text of the last announcements, out of sight: screen readers can read what the voice said,
 * and browser tests can check it (`data-outcome` says how it was said: speech, clips, chime, muted,
 * blocked). Only a few entries are kept.
 */
export function AnnouncementLog({ log }: AnnouncementLogProps): ReactNode {
  const t = useDisplayT();
  return (
    <div className="visually-hidden" role="log" aria-label={t('screen.sound.log')}>
      {log.map((entry) => (
        <p key={entry.key} data-key={entry.key} data-outcome={entry.outcome}>
          {entry.text}
        </p>
      ))}
    </div>
  );
}
