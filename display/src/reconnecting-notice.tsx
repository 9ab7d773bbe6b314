import { useHubState } from '@cac/shared/react';
import { useEffect, useState } from 'react';
import type { ReactNode } from 'react';
import { useDisplayT } from './display-text';

/** Silence before the notice shows: a hub restart takes about a second, not worth a flash. */
export const RECONNECTING_AFTER_MS = 3000;

/**
 * The discreet "Reconectando…" in the header, shown after a few seconds without the hub (the
 * last picture stays on screen meanwhile), and "Conectando…" before the first snapshot. The
 * `role="status"` element always exists, because screen readers only announce changes of a live
 * region that is already there.
 */
export function ReconnectingNotice(): ReactNode {
  const { status, error } = useHubState();
  const t = useDisplayT();
  const [late, setLate] = useState(false);
  const [seen, setSeen] = useState(status);
  // Every change of status starts the wait again (state derived from props, during render).
  if (seen !== status) {
    setSeen(status);
    setLate(false);
  }
  useEffect(() => {
    if (status !== 'offline') return;
    const timer = setTimeout(() => setLate(true), RECONNECTING_AFTER_MS);
    return () => clearTimeout(timer);
  }, [status]);
  let text: string | null = null;
  if (status === 'connecting') text = t('common.connection.connecting');
  else if (status === 'offline' && late) text = t('common.connection.reconnecting');
  else if (status === 'rejected') {
    text = t('common.connection.rejected', { message: error?.message ?? '' });
  }
  return (
    <div
      role="status"
      className="reconnecting"
      data-status={status}
      data-empty={text === null ? 'true' : undefined}
    >
      {text}
    </div>
  );
}
