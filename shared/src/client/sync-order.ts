/**
 * What to do with a batch of events given the sequence number the client holds:
 * - `apply`: it is the next one;
 * - `duplicate`: already applied (a redelivery after a reconnect, or a replay): ignore it;
 * - `gap`: at least one batch was lost, so the projection cannot be trusted: ask for a snapshot.
 */
export type DeltaVerdict = 'apply' | 'duplicate' | 'gap';

/** Classifies a delta with sequence `deltaSeq` against the client's `currentSeq`. */
export function classifyDelta(currentSeq: number, deltaSeq: number): DeltaVerdict {
  if (deltaSeq <= currentSeq) return 'duplicate';
  return deltaSeq === currentSeq + 1 ? 'apply' : 'gap';
}
