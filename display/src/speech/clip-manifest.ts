/** One recorded clip: its file beside the manifest and its length. */
export type ClipEntry = { file: string; ms: number };

/**
 * `public/voice/es/manifest.json`: which file says each clip unit. Written by
 * `scripts/generate-voice-clips.ts` from a speech synthesizer or from human recordings.
 */
export type ClipManifest = {
  format: 1;
  language: string;
  /** Whose voice: the synthesizer and its voice, or who recorded the clips. */
  voice: string;
  clips: Readonly<Record<string, ClipEntry>>;
  /** An office's own chime, played instead of the built-in one; null for the built-in. */
  chime: ClipEntry | null;
};

/** A clip file is a plain name beside the manifest: never a path or an address elsewhere. */
const FILE = /^[a-z0-9][a-z0-9._-]*\.(?:ogg|opus|mp3|wav|m4a|webm)$/;

function entryOf(value: unknown): ClipEntry | null {
  if (typeof value !== 'object' || value === null) return null;
  const { file, ms } = value as { file?: unknown; ms?: unknown };
  if (typeof file !== 'string' || !FILE.test(file)) return null;
  if (typeof ms !== 'number' || !Number.isFinite(ms) || ms <= 0) return null;
  return { file, ms };
}

/**
 * Reads a manifest, or null when it is not one. A single bad clip entry is left out rather than
 * failing the whole voice: the calls that do not need it can still be said.
 */
export function parseClipManifest(json: unknown): ClipManifest | null {
  if (typeof json !== 'object' || json === null) return null;
  const { format, language, voice, clips, chime } = json as Record<string, unknown>;
  if (format !== 1 || typeof language !== 'string' || typeof clips !== 'object' || !clips) {
    return null;
  }
  const entries: Record<string, ClipEntry> = {};
  for (const [unit, value] of Object.entries(clips)) {
    const entry = entryOf(value);
    if (entry) entries[unit] = entry;
  }
  return {
    format: 1,
    language,
    voice: typeof voice === 'string' ? voice : '',
    clips: entries,
    chime: chime === undefined || chime === null ? null : entryOf(chime),
  };
}
