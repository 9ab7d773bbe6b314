import { useHubState, useT } from '@cac/shared/react';
import type { ReactNode } from 'react';

/** The office's announcements, one line each along the bottom; nothing moves, so all can read. */
export function Announcements(): ReactNode {
  const { office } = useHubState();
  const t = useT();
  const announcements = office?.announcements ?? [];
  if (announcements.length === 0) return null;
  return (
    <footer className="announcements" aria-labelledby="announcements-heading">
      <h2 id="announcements-heading" className="announcements__heading">
        {t('display.announcements.heading')}
      </h2>
      <ul>
        {announcements.map((text) => (
          <li key={text}>{text}</li>
        ))}
      </ul>
    </footer>
  );
}
