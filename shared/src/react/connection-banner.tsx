import type { ReactNode } from 'react';
import { useHubState } from './hub-context';
import { useT } from './i18n-context';
import './connection-banner.css';

/** Props of {@link ConnectionBanner}. */
export type ConnectionBannerProps = {
  /** `bar`: a full-width strip (kiosk, counter); `discreet`: a small label at the top that only says "Reconectando…" (displays). */
  variant?: 'bar' | 'discreet';
  /** Also show a small "Conectado" label while online (the counter, where clerks want to know). */
  showWhenOnline?: boolean;
};

/**
 * Says whether the face is connected to the hub. The `role="status"` element is always rendered,
 * even empty, because screen readers only announce changes of a live region that already exists.
 */
export function ConnectionBanner({
  variant = 'bar',
  showWhenOnline = false,
}: ConnectionBannerProps): ReactNode {
  const { status, error } = useHubState();
  const t = useT();
  let text: ReactNode = null;
  if (status === 'connecting') text = t('common.connection.connecting');
  else if (status === 'offline') {
    text = t(
      variant === 'discreet' ? 'common.connection.reconnecting' : 'common.connection.offline',
    );
  } else if (status === 'rejected') {
    text = t('common.connection.rejected', { message: error?.message ?? '' });
  } else if (showWhenOnline) text = t('common.connection.online');
  return (
    <div
      role="status"
      className={`cac-connection cac-connection--${variant}`}
      data-status={status}
      data-empty={text === null ? 'true' : undefined}
    >
      {text}
    </div>
  );
}
