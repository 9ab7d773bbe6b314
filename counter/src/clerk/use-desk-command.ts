import type { HubCommandName } from '@cac/shared/client';
import type { CommandAck, CommandInput, CounterClientEvents, Result } from '@cac/shared/protocol';
import { describeError, useHub, useLanguage } from '@cac/shared/react';
import { useCallback, useRef, useState } from 'react';
import { useCounterT } from '../counter-text';

type CounterCommand = HubCommandName<CounterClientEvents>;

/**
 * Commands that carry a `requestId` may be retried once after a timeout: the hub answers a repeated
 * id with the first result, so a lost acknowledgement never calls a second ticket. The others
 * (a recall, a no-show) are not retried: a second recall would call the citizen twice.
 */
const RETRIED: ReadonlySet<CounterCommand> = new Set([
  'ticket:call-next',
  'ticket:call',
  'ticket:transfer',
]);

/** Sends the desk's commands one at a time. */
export type DeskCommand = {
  /** True while a command waits for the hub's answer. */
  busy: boolean;
  /**
   * Sends a command and resolves with the acknowledgement or the sentence to show (the hub's own
   * Spanish message, or the counter's for a timeout or no connection). While another command is
   * in flight it sends nothing and resolves with null: a double key press must not act twice.
   */
  run<C extends CounterCommand>(
    name: C,
    payload: CommandInput<C>,
  ): Promise<Result<CommandAck, string> | null>;
};

/** The desk's command sender over the counter's hub client. */
export function useDeskCommand(): DeskCommand {
  const hub = useHub<CounterClientEvents>();
  const t = useCounterT();
  const language = useLanguage();
  const [busy, setBusy] = useState(false);
  const inFlight = useRef(false);
  const run = useCallback(
    async <C extends CounterCommand>(
      name: C,
      payload: CommandInput<C>,
    ): Promise<Result<CommandAck, string> | null> => {
      if (inFlight.current) return null;
      inFlight.current = true;
      setBusy(true);
      try {
        const result = await hub.command(name, payload, { retries: RETRIED.has(name) ? 1 : 0 });
        return result.ok ? result : { ok: false, error: describeError(result.error, t, language) };
      } finally {
        inFlight.current = false;
        setBusy(false);
      }
    },
    [hub, t, language],
  );
  return { busy, run };
}
