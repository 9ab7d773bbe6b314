import { useCallback, useRef, useState } from 'react';
import type { MediaItem } from './media-listing';

/** A media item interrupted by a call after this long counts as seen: the next one follows. */
const SEEN_AFTER_MS = 5000;

/** Where the playlist stands. */
export type MediaCursor = {
  /** The item to show, or null for an empty playlist. */
  item: MediaItem | null;
  /** Position of `item`, for its React key (a one-item playlist never remounts). */
  index: number;
  /** The item has ended (or cannot be shown): the next one. */
  next: () => void;
  /** The item starts showing. */
  shown: () => void;
  /** A call took the stage: the item counts as seen if it played long enough. */
  left: () => void;
};

/** Plays `items` in order, round and round; survives the panel being hidden by calls. */
export function useMediaCursor(items: readonly MediaItem[]): MediaCursor {
  const [position, setPosition] = useState(0);
  const shownAt = useRef<number | null>(null);
  const count = items.length;
  const index = count === 0 ? 0 : position % count;
  const next = useCallback(() => {
    shownAt.current = null;
    setPosition((current) => (count === 0 ? 0 : (current + 1) % count));
  }, [count]);
  const shown = useCallback(() => {
    shownAt.current = Date.now();
  }, []);
  const left = useCallback(() => {
    const since = shownAt.current;
    shownAt.current = null;
    if (since !== null && Date.now() - since >= SEEN_AFTER_MS) {
      setPosition((current) => (count === 0 ? 0 : (current + 1) % count));
    }
  }, [count]);
  return { item: items[index] ?? null, index, next, shown, left };
}
