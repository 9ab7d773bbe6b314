/**
 * What to do with a batch of events given the sequence number the client holds:
 * - `apply`: it is the next one;
 * - `duplicate`: already applied (a redelivery after a reconnect, or a replay): ignore it;
 * - `gap`: at least one batch was lost, so the projection cannot be trusted: ask for a snapshot.
 */
export type DeltaVerdict = 'apply' | 'duplicate' | 'gap';

/**
 * Classifies a delta carrying batches `fromSeq`…`deltaSeq` against the client's `currentSeq`. A
 * delta that only partly overlaps what the client holds cannot be applied safely: a gap.
 */
export function classifyDelta(
  currentSeq: number,
  deltaSeq: number,
  fromSeq: number = deltaSeq,
): DeltaVerdict {
  if (deltaSeq <= currentSeq) return 'duplicate';
  return fromSeq === currentSeq + 1 ? 'apply' : 'gap';
}
