import { useEffect } from 'react';
import type { ReactNode } from 'react';
import type { MediaCursor } from './media-cursor';

/** How long an image stays up. */
export const IMAGE_MS = 10_000;
/** A video that neither ends nor fails within this long is left (a stream, a broken file). */
const VIDEO_MAX_MS = 10 * 60_000;

/** Props of {@link MediaPanel}. */
export type MediaPanelProps = { cursor: MediaCursor; label: string; loop: boolean };

/**
 * The office's images and videos between calls, from `<data>/media/` on the hub. Videos play
 * muted: the room's sound belongs to the calls. A file that cannot be shown is skipped.
 */
export function MediaPanel({ cursor, label, loop }: MediaPanelProps): ReactNode {
  const { item, index, next, shown, left } = cursor;
  useEffect(() => {
    shown();
    return left;
  }, [index, shown, left]);
  useEffect(() => {
    if (!item || loop) return;
    const timer = setTimeout(next, item.kind === 'image' ? IMAGE_MS : VIDEO_MAX_MS);
    return () => clearTimeout(timer);
  }, [item, loop, next]);
  if (!item) return null;
  return (
    <section className="media-panel" aria-label={label}>
      {item.kind === 'image' ? (
        <img
          key={`${index}-${item.url}`}
          className="media-panel__item"
          src={item.url}
          alt=""
          onError={next}
        />
      ) : (
        <video
          key={`${index}-${item.url}`}
          className="media-panel__item"
          src={item.url}
          muted
          autoPlay
          playsInline
          loop={loop}
          onEnded={next}
          onError={next}
          aria-hidden="true"
        />
      )}
    </section>
  );
}
