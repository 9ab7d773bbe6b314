// The Vite configuration of the three faces, which differ only by name. Imported by relative path
// from each face's vite.config.ts (Vite bundles relative imports of a config, not workspace ones).
import react from '@vitejs/plugin-react';
import { defineConfig, loadEnv } from 'vite';
import type { Plugin, UserConfigFnObject } from 'vite';

/**
 * The dev server's React refresh preamble is an inline script, which the page's CSP refuses; the
 * production build has no inline script, so the CSP is relaxed in `vite` (serve) only.
 */
function devCsp(): Plugin {
  return {
    name: 'cac-dev-csp',
    apply: 'serve',
    transformIndexHtml: (html) =>
      html.replace("script-src 'self'", "script-src 'self' 'unsafe-inline'"),
  };
}

/**
 * The hub serves the face at `/<face>/`. `npm run dev` proxies the API and the sockets to the hub
 * at CAC_HUB_URL (default http://127.0.0.1:4700), so the page keeps talking to its own origin.
 */
export function faceViteConfig(face: 'kiosk' | 'counter' | 'display'): UserConfigFnObject {
  return defineConfig(({ mode }) => {
    const hub = loadEnv(mode, '.', 'CAC_')['CAC_HUB_URL'] ?? 'http://127.0.0.1:4700';
    return {
      base: `/${face}/`,
      plugins: [react(), devCsp()],
      build: { outDir: 'dist', emptyOutDir: true },
      server: {
        proxy: {
          '/api': hub,
          '/socket.io': { target: hub, ws: true },
        },
      },
    };
  });
}
