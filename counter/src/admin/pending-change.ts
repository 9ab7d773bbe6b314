import { useState } from 'react';
import type { SaveFailure } from './admin-session';

/**
 * Runs one change from a form or a dialog: busy while it goes (the form is locked), the refusal
 * kept for the form to show, and `onDone` after a success (a dialog closes, a form goes back to
 * its list).
 */
export function usePendingChange(onDone?: () => void): {
  busy: boolean;
  failure: SaveFailure | null;
  run: (change: () => Promise<SaveFailure | null>) => Promise<void>;
} {
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<SaveFailure | null>(null);
  return {
    busy,
    failure,
    async run(change) {
      setBusy(true);
      const failed = await change();
      setBusy(false);
      setFailure(failed);
      if (!failed) onDone?.();
    },
  };
}
