import { useHubState } from '@cac/shared/react';
import { useEffect } from 'react';

/**
 * Calls `onSessionEnded` when the hub refuses the session's token (expired, revoked, hub data
 * reset), so the counter returns to the sign-in form instead of retrying forever.
 */
export function useSessionGuard(onSessionEnded: () => void): void {
  const { status, error } = useHubState();
  const tokenRefused = status === 'rejected' && error?.code === 'UNAUTHENTICATED';
  useEffect(() => {
    if (tokenRefused) onSessionEnded();
  }, [tokenRefused, onSessionEnded]);
}
