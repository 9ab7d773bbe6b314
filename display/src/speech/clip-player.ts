import type { AudioContextLike } from './audio-context-like';
import { sleep } from './audio-context-like';
import type { ClipEntry, ClipManifest } from './clip-manifest';
import { parseClipManifest } from './clip-manifest';
import type { ClipStep } from './clip-plan';

/** Where the clips come from: the manifest and each file's bytes, fetched once and kept. */
export type ClipSource = {
  /** The manifest, or null when there is none (or it cannot be read): then no clips. */
  manifest(): Promise<ClipManifest | null>;
  /** A clip file's encoded bytes (a copy: decoding detaches its buffer). */
  bytes(file: string): Promise<ArrayBuffer>;
};

/**
 * Clips served beside the built face (`<base>voice/es/`). The encoded files are kept in memory
 * after their first use (about 2 KB each, a few hundred KB for the whole vocabulary), so a call
 * needs no request once its words have been said once; decoded audio is never kept.
 */
export function createClipSource(
  baseUrl: string,
  fetchFn: typeof fetch = (input, init) => fetch(input, init),
): ClipSource {
  let manifest: Promise<ClipManifest | null> | null = null;
  const files = new Map<string, Promise<ArrayBuffer>>();
  return {
    manifest() {
      manifest ??= fetchFn(`${baseUrl}manifest.json`)
        .then((response) => (response.ok ? response.json() : null))
        .then((json: unknown) => parseClipManifest(json))
        .catch(() => null)
        .then((parsed) => {
          // Not found today may be found tomorrow (a hub being updated): ask again next time.
          if (!parsed) manifest = null;
          return parsed;
        });
      return manifest;
    },
    async bytes(file) {
      let pending = files.get(file);
      if (!pending) {
        pending = fetchFn(`${baseUrl}${file}`).then((response) => {
          if (!response.ok) throw new Error(`${file}: HTTP ${response.status}`);
          return response.arrayBuffer();
        });
        files.set(file, pending);
        pending.catch(() => files.delete(file));
      }
      return (await pending).slice(0);
    },
  };
}

/**
 * Plays the steps of a clip plan back to back on the audio clock (no gap between the clips but
 * the planned pauses) and resolves when the last clip has ended. Every clip is decoded before the
 * first one starts, so a slow decode never opens a hole in the middle of a number.
 */
export async function playClipSteps(
  context: AudioContextLike,
  source: ClipSource,
  steps: readonly ClipStep[],
): Promise<void> {
  const buffers = await Promise.all(
    steps.map(async (step) =>
      step.kind === 'clip' ? context.decodeAudioData(await source.bytes(step.file)) : null,
    ),
  );
  const start = context.currentTime + 0.05;
  let t = start;
  steps.forEach((step, index) => {
    const buffer = buffers[index];
    if (step.kind === 'pause' || !buffer) {
      if (step.kind === 'pause') t += step.ms / 1000;
      return;
    }
    const node = context.createBufferSource();
    node.buffer = buffer;
    node.connect(context.destination);
    node.start(t);
    t += buffer.duration;
  });
  await sleep((t - context.currentTime) * 1000 + 60);
}

/** Plays one clip (an office's own chime) and resolves when it has ended. */
export async function playClip(
  context: AudioContextLike,
  source: ClipSource,
  clip: ClipEntry,
): Promise<void> {
  await playClipSteps(context, source, [{ kind: 'clip', unit: 'chime', file: clip.file }]);
}
