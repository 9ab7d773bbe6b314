import { useEffect, useState } from 'react';
import { useDisplayEnvironment } from '../display-environment';
import type { MediaListing } from './media-listing';
import { NO_MEDIA } from './media-listing';

/** The folder is read again this often, so new files show up without touching the screen. */
const REFRESH_MS = 5 * 60_000;

/**
 * The hub's media listing (playlist and logo), asked for when the screen is online, again after
 * every reconnect and every few minutes. Until an answer comes, and when the hub has none, there
 * is no media: the screen shows its calls as usual.
 */
export function useMediaListing(online: boolean): MediaListing {
  const { loadMedia } = useDisplayEnvironment();
  const [listing, setListing] = useState<MediaListing>(NO_MEDIA);
  useEffect(() => {
    if (!online) return;
    let cancelled = false;
    const load = (): void => {
      void loadMedia().then((fresh) => {
        if (!cancelled) setListing((old) => (sameListing(old, fresh) ? old : fresh));
      });
    };
    load();
    const timer = setInterval(load, REFRESH_MS);
    return () => {
      cancelled = true;
      clearInterval(timer);
    };
  }, [online, loadMedia]);
  return listing;
}

/** Same files in the same order: keep the old object, so the playlist does not restart. */
function sameListing(a: MediaListing, b: MediaListing): boolean {
  return (
    a.logoUrl === b.logoUrl &&
    a.items.length === b.items.length &&
    a.items.every((item, i) => item.url === b.items[i]?.url && item.kind === b.items[i]?.kind)
  );
}
