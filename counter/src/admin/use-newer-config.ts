import type { AdminConfigAnswer } from '@cac/shared/protocol';
import { useHubState } from '@cac/shared/react';
import { useEffect, useRef, useState } from 'react';
import type { AdminPort } from './admin-port';

/**
 * A configuration newer than the one on screen, or null. Another administrator's save (or one
 * from another tab) reaches this screen as a fresh hub snapshot, since the hub pushes one to every
 * face after each change; the configuration is then read again in the background. The newer one
 * is only offered: applying it would remount the forms and lose what is being typed.
 */
export function useNewerConfig(port: AdminPort, shown: string | null): AdminConfigAnswer | null {
  const { office } = useHubState();
  const seen = useRef(office);
  const [latest, setLatest] = useState<AdminConfigAnswer | null>(null);

  useEffect(() => {
    if (seen.current === office) return;
    seen.current = office;
    let live = true;
    void port.loadConfig().then((result) => {
      if (live && result.ok) setLatest(result.value);
    });
    return () => {
      live = false;
    };
  }, [office, port]);

  // After this screen's own save the two revisions meet again and the offer goes away by itself.
  return latest !== null && shown !== null && latest.revision !== shown ? latest : null;
}
