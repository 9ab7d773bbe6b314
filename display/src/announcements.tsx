import { useHubState } from '@cac/shared/react';
import { useEffect, useState } from 'react';
import type { ReactNode } from 'react';
import { useDisplayT } from './display-text';

/** How long a notice stays: enough for a slow reader, longer for a long notice. */
export function noticeDurationMs(text: string): number {
  return Math.min(20_000, Math.max(8_000, text.length * 90));
}

/**
 * The office's notices (office.json `announcements`: online procedures, office hours, …) along
 * the bottom, one at a time and each long enough to be read, rather than a crawling line that
 * people with low vision cannot follow. The change of notice also keeps that band from burning
 * in.
 */
export function Announcements(): ReactNode {
  const { office } = useHubState();
  const t = useDisplayT();
  const notices = office?.announcements ?? [];
  const [position, setPosition] = useState(0);
  const index = notices.length === 0 ? 0 : position % notices.length;
  const current = notices[index];
  useEffect(() => {
    if (current === undefined || notices.length < 2) return;
    const timer = setTimeout(() => setPosition(index + 1), noticeDurationMs(current));
    return () => clearTimeout(timer);
  }, [current, index, notices.length]);
  if (current === undefined) return null;
  return (
    <footer className="announcements" aria-labelledby="announcements-heading">
      <h2 id="announcements-heading" className="announcements__heading">
        {t('display.announcements.heading')}
      </h2>
      <p
        key={index}
        className="announcements__text"
        data-long={current.length > 110 ? 'true' : undefined}
      >
        {current}
      </p>
      {notices.length > 1 && (
        <p className="announcements__count" aria-hidden="true">
          {index + 1}/{notices.length}
        </p>
      )}
    </footer>
  );
}
