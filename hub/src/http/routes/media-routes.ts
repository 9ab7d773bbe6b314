import type { Dirent } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { Router } from 'express';
import type { Response } from 'express';
import { appError } from '../../errors/app-errors';
import { sendError } from '../http-errors';

/** What {@link mediaRoutes} needs of the hub. */
export type MediaRoutesOptions = {
  /** The data folder: media files in `<dataDir>/media/`, the logo at its top. */
  dataDir: string;
  /** The office's logo file name (office.json `office.logoFile`), read on every request. */
  logoFile: () => string | undefined;
};

/** Kinds of file the displays play, by extension (what Chromium and Electron show natively). */
const KINDS: Readonly<Record<string, 'image' | 'video'>> = {
  png: 'image',
  jpg: 'image',
  jpeg: 'image',
  webp: 'image',
  gif: 'image',
  avif: 'image',
  mp4: 'video',
  webm: 'video',
};
/** Logos may also be SVG (served with a sandboxing CSP); the playlist keeps to raster and video. */
const LOGO_EXTENSIONS = new Set(['png', 'jpg', 'jpeg', 'webp', 'gif', 'avif', 'svg']);
/**
 * A plain file name: letters (accents too), digits, spaces and `_ . ( ) -`, not starting with a
 * dot (hidden files, `..`), never a slash: nothing outside the folder can be named.
 */
const FILE_NAME = /^[\p{L}\p{N}_][\p{L}\p{N}_ .()-]{0,150}$/u;
/** A folder of thousands of files is a mistake; the playlist takes the first ones. */
const MAX_ITEMS = 200;
/** Files are addressed with their modification time (`?v=`), so a replaced file is fetched anew. */
const FILE_CACHE = 'public, max-age=86400';

function extensionOf(name: string): string {
  return path.extname(name).slice(1).toLowerCase();
}

async function modifiedMs(file: string): Promise<number | null> {
  try {
    const info = await stat(file);
    return info.isFile() ? Math.trunc(info.mtimeMs) : null;
  } catch {
    return null;
  }
}

/** Sends a file of `root`, or the API's 404 when it is not there. */
function sendFrom(res: Response, root: string, name: string): void {
  res.set('Cache-Control', FILE_CACHE);
  res.sendFile(
    name,
    { root, dotfiles: 'deny', cacheControl: false, lastModified: true, acceptRanges: true },
    (error) => {
      if (error && !res.headersSent) {
        res.set('Cache-Control', 'no-store');
        sendError(res, appError('NOT_FOUND'));
      }
    },
  );
}

/**
 * The displays' media, from the data folder (dropped there by an administrator; no upload):
 * - `GET /media` → `{"items":[{"name","kind":"image"|"video","url"}],"logoUrl":string|null}`: the
 *   playlist, in file-name order (so `01-…`, `02-…` set the order), and the office's logo;
 * - `GET /media/{file}` → the file, with byte ranges (videos seek and stream with them);
 * - `GET /office/logo` → the logo named by office.json `office.logoFile`.
 * Public like the faces that show them: what a waiting room shows is not secret.
 */
export function mediaRoutes(options: MediaRoutesOptions): Router {
  const router = Router();
  const mediaDir = path.join(options.dataDir, 'media');

  router.get('/media', async (_req, res) => {
    let entries: Dirent[] = [];
    try {
      entries = await readdir(mediaDir, { withFileTypes: true });
    } catch {
      // No media folder: no media, which is the usual case.
    }
    const names = entries
      .filter(
        (entry) => entry.isFile() && FILE_NAME.test(entry.name) && KINDS[extensionOf(entry.name)],
      )
      .map((entry) => entry.name)
      .sort((a, b) => a.localeCompare(b, 'es', { numeric: true }))
      .slice(0, MAX_ITEMS);
    const items = await Promise.all(
      names.map(async (name) => ({
        name,
        kind: KINDS[extensionOf(name)],
        url: `/api/v1/media/${encodeURIComponent(name)}?v=${(await modifiedMs(path.join(mediaDir, name))) ?? 0}`,
      })),
    );
    const logo = options.logoFile();
    const logoMs =
      logo && FILE_NAME.test(logo) && LOGO_EXTENSIONS.has(extensionOf(logo))
        ? await modifiedMs(path.join(options.dataDir, logo))
        : null;
    res.set('Cache-Control', 'no-store').json({
      items,
      logoUrl: logoMs === null ? null : `/api/v1/office/logo?v=${logoMs}`,
    });
  });

  router.get('/media/:file', (req, res) => {
    const name = String(req.params['file']);
    if (!FILE_NAME.test(name) || !KINDS[extensionOf(name)]) {
      return sendError(res, appError('NOT_FOUND'));
    }
    sendFrom(res, mediaDir, name);
  });

  router.get('/office/logo', (_req, res) => {
    const logo = options.logoFile();
    if (!logo || !FILE_NAME.test(logo) || !LOGO_EXTENSIONS.has(extensionOf(logo))) {
      return sendError(res, appError('NOT_FOUND'));
    }
    // An SVG opened on its own is a document: no script of it may run on the hub's origin.
    if (extensionOf(logo) === 'svg')
      res.set('Content-Security-Policy', "default-src 'none'; style-src 'unsafe-inline'; sandbox");
    sendFrom(res, options.dataDir, logo);
  });

  return router;
}
