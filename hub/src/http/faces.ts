import { existsSync } from 'node:fs';
import path from 'node:path';
import express, { Router } from 'express';
import { HUB_PAGES_ES } from './hub-pages.es';

/** The faces the hub serves, each from `<repo>/<face>/dist`. */
export const FACES = ['kiosk', 'counter', 'display'] as const;

/**
 * Serves the built faces at `/kiosk/`, `/counter/`, `/display/` (each a single-page app: unknown
 * paths under a face get its index.html) and a small index page at `/`.
 */
export function facesRouter(facesRoot: string): Router {
  // Strict routing: otherwise `/kiosk` also matches `/kiosk/` and the redirect below loops.
  const router = Router({ strict: true });
  for (const face of FACES) {
    const dist = path.join(facesRoot, face, 'dist');
    router.get(`/${face}`, (req, res) => {
      const query = req.originalUrl.slice(req.path.length);
      res.redirect(301, `/${face}/${query}`);
    });
    router.use(
      `/${face}`,
      express.static(dist, { index: 'index.html', fallthrough: true, maxAge: '1h' }),
    );
    router.get(`/${face}/{*rest}`, (_req, res) => {
      const index = path.join(dist, 'index.html');
      if (!existsSync(index)) {
        res.status(503).type('text/plain; charset=utf-8').send(HUB_PAGES_ES.notBuilt);
        return;
      }
      // index.html must never be cached: it names the hashed assets of the current build.
      res.set('Cache-Control', 'no-store').sendFile(index);
    });
  }
  router.get('/', (_req, res) => {
    const t = HUB_PAGES_ES;
    res.type('html').send(`<!doctype html>
<html lang="es"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${t.title}</title></head>
<body style="font-family: system-ui, sans-serif; max-width: 40rem; margin: 2rem auto; line-height: 1.6">
<h1>${t.title}</h1><h2>${t.faces}</h2>
<ul>
<li><a href="/kiosk/">${t.kiosk}</a></li>
<li><a href="/counter/">${t.counter}</a></li>
<li><a href="/display/">${t.display}</a></li>
<li><a href="/api/v1/openapi.json">${t.api}</a></li>
</ul></body></html>`);
  });
  return router;
}
