import type { LiveState } from '@cac/shared/domain';
import { useEffect, useRef, useState } from 'react';
import type { FinishedAttention } from './finished-at-window';
import { finishedAtWindow } from './finished-at-window';

/**
 * The latest attention finished at `windowId` while this screen watched (never one finished before
 * it connected), compared state by state.
 */
export function useFinishedAttention(
  state: LiveState | null,
  windowId: string,
): FinishedAttention | null {
  const previous = useRef<LiveState | null>(null);
  const [finished, setFinished] = useState<FinishedAttention | null>(null);
  useEffect(() => {
    if (!state) return;
    const found = finishedAtWindow(previous.current, state, windowId);
    previous.current = state;
    if (found) setFinished(found);
  }, [state, windowId]);
  return finished;
}
