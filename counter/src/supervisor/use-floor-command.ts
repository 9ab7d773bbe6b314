import type { CommandAck, CounterClientEvents, Result } from '@cac/shared/protocol';
import type { HubClient } from '@cac/shared/client';
import { describeError, useHub, useLanguage, useT } from '@cac/shared/react';
import { useCallback, useState } from 'react';

/**
 * The commands that make up a floor action, sent in order; resolves with the result of each one
 * sent (a step after a refusal is not sent).
 */
export type FloorSteps = (
  hub: HubClient<CounterClientEvents>,
) => Promise<readonly Result<CommandAck>[]>;

/** State and runner of a floor action: busy while it is on its way, the hub's refusal in words. */
export type FloorCommand = {
  busy: boolean;
  error: string | null;
  /** Runs the steps; resolves true when every one was accepted, false after showing why not. */
  run(steps: FloorSteps): Promise<boolean>;
};

/** Sends a dialog's commands through the face's hub client and words any refusal. */
export function useFloorCommand(): FloorCommand {
  const hub = useHub<CounterClientEvents>();
  const t = useT();
  const language = useLanguage();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const run = useCallback(
    async (steps: FloorSteps) => {
      setBusy(true);
      setError(null);
      const results = await steps(hub);
      const refused = results.find((result) => !result.ok);
      setBusy(false);
      if (refused && !refused.ok) {
        setError(describeError(refused.error, t, language));
        return false;
      }
      return true;
    },
    [hub, t, language],
  );
  return { busy, error, run };
}
