import type { SpokenPart } from './call-announcement';
import type { ClipManifest } from './clip-manifest';

/** One step of playing an announcement from clips. */
export type ClipStep = { kind: 'clip'; unit: string; file: string } | { kind: 'pause'; ms: number };

/** What {@link planClips} found. */
export type ClipPlan = { ok: true; steps: readonly ClipStep[] } | { ok: false; missing: string[] };

/** Between two words of one phrase: the clips are trimmed of their silence, so add a breath. */
const BETWEEN_UNITS_MS = 70;

/**
 * The clips and pauses that say `parts`, or the units that have no clip (the announcement then
 * keeps its chime and says nothing rather than half a call). Pure: the player only plays it.
 */
export function planClips(parts: readonly SpokenPart[], manifest: ClipManifest): ClipPlan {
  const steps: ClipStep[] = [];
  const missing: string[] = [];
  for (const part of parts) {
    part.units.forEach((unit, index) => {
      const entry = manifest.clips[unit];
      if (!entry) {
        missing.push(unit);
        return;
      }
      if (index > 0) steps.push({ kind: 'pause', ms: BETWEEN_UNITS_MS });
      steps.push({ kind: 'clip', unit, file: entry.file });
    });
    if (part.pauseAfterMs > 0) steps.push({ kind: 'pause', ms: part.pauseAfterMs });
  }
  if (missing.length > 0) return { ok: false, missing: [...new Set(missing)] };
  // A pause at the very end only delays the next announcement's chime.
  while (steps.at(-1)?.kind === 'pause') steps.pop();
  return { ok: true, steps };
}
