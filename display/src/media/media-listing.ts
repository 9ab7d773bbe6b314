/** One file of the media playlist, as the hub lists `<data>/media/`. */
export type MediaItem = {
  name: string;
  kind: 'image' | 'video';
  /** Same-origin address of the file. */
  url: string;
};

/** What `GET /api/v1/media` answers: the playlist (by file name) and the office's logo. */
export type MediaListing = {
  items: readonly MediaItem[];
  /** Address of the office's logo (office.logoFile), or null without one. */
  logoUrl: string | null;
};

/** No media, no logo: a hub without the media routes, or an empty folder. */
export const NO_MEDIA: MediaListing = { items: [], logoUrl: null };

/** Only addresses on the hub itself: the page's CSP would refuse others anyway. */
function sameOrigin(url: unknown): url is string {
  return typeof url === 'string' && url.startsWith('/') && !url.startsWith('//');
}

/** Reads the hub's answer; anything malformed counts as no media rather than an error. */
export function parseMediaListing(json: unknown): MediaListing {
  if (typeof json !== 'object' || json === null) return NO_MEDIA;
  const { items, logoUrl } = json as { items?: unknown; logoUrl?: unknown };
  const valid = Array.isArray(items)
    ? items.flatMap((item: unknown): MediaItem[] => {
        if (typeof item !== 'object' || item === null) return [];
        const { name, kind, url } = item as Record<string, unknown>;
        if (typeof name !== 'string' || (kind !== 'image' && kind !== 'video')) return [];
        return sameOrigin(url) ? [{ name, kind, url }] : [];
      })
    : [];
  return { items: valid, logoUrl: sameOrigin(logoUrl) ? logoUrl : null };
}

/** Asks the hub that served the page for its media listing. */
export async function fetchMediaListing(
  fetchFn: typeof fetch = (input, init) => fetch(input, init),
): Promise<MediaListing> {
  try {
    const response = await fetchFn('/api/v1/media', { headers: { accept: 'application/json' } });
    return response.ok ? parseMediaListing(await response.json()) : NO_MEDIA;
  } catch {
    return NO_MEDIA;
  }
}
