import { useCallback, useRef, useState } from 'react';
import type { PortAnswer } from './procedure-port';

/** One command at a time from a panel, and what went wrong. */
export type PanelSubmit = {
  /** A command waits for the hub's answer: the panel's button is disabled. */
  busy: boolean;
  /** The sentence to show in the panel's alert (a refusal, or "revise los datos"). */
  error: string | null;
  setError(error: string | null): void;
  /**
   * Sends `command` unless one is in flight (a double click or a second Enter sends nothing:
   * the guard is a ref, so it holds before React re-renders the disabled button). Resolves with
   * the value, or null after showing the refusal.
   */
  run<T>(command: () => PortAnswer<T>): Promise<T | null>;
};

/** The panel's sender. */
export function usePanelSubmit(): PanelSubmit {
  const inFlight = useRef(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const run = useCallback(async <T>(command: () => PortAnswer<T>): Promise<T | null> => {
    if (inFlight.current) return null;
    inFlight.current = true;
    setBusy(true);
    setError(null);
    try {
      const answer = await command();
      if (!answer.ok) {
        setError(answer.error.message);
        return null;
      }
      return answer.value;
    } finally {
      inFlight.current = false;
      setBusy(false);
    }
  }, []);
  return { busy, error, setError, run };
}
