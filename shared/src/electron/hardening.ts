import { isTrustedUrl } from './trusted-url';

/** An Electron event whose default action can be cancelled. */
export type PreventableEvent = { preventDefault(): void };

/** The `webContents` events {@link hardenWebContents} listens to. */
export type NavigationEvents = {
  'will-navigate': (event: PreventableEvent, url: string) => void;
  'will-redirect': (event: PreventableEvent, url: string) => void;
  'will-attach-webview': (event: PreventableEvent) => void;
};

/** The members of Electron's `WebContents` the hardening uses. */
export type NavigationContents = {
  on<K extends keyof NavigationEvents>(event: K, listener: NavigationEvents[K]): unknown;
  setWindowOpenHandler(handler: (details: { url: string }) => { action: 'deny' }): void;
};

/** Options of {@link hardenWebContents}. */
export type HardeningOptions = {
  /** Told (in Spanish) about everything that was blocked. */
  log?: (message: string) => void;
};

/**
 * Locks a shell's web contents to the hub, whatever the window's mode: navigation and redirects
 * away from `allowedOrigin` are cancelled, every new window is denied (a page of the hub has no
 * reason to open one, and a denied popup cannot escape the hardening) and `<webview>` cannot be
 * attached. Apply it to every web contents (`app.on('web-contents-created')`), not only the window's.
 */
export function hardenWebContents(
  contents: NavigationContents,
  allowedOrigin: string,
  options: HardeningOptions = {},
): void {
  const log = options.log ?? (() => undefined);
  const guardNavigation = (event: PreventableEvent, url: string) => {
    if (isTrustedUrl(url, allowedOrigin)) return;
    event.preventDefault();
    log(`Navegación bloqueada hacia ${url}`);
  };
  contents.on('will-navigate', guardNavigation);
  contents.on('will-redirect', guardNavigation);
  contents.on('will-attach-webview', (event) => {
    event.preventDefault();
    log('Se bloqueó un <webview>.');
  });
  contents.setWindowOpenHandler(({ url }) => {
    log(`Ventana nueva bloqueada: ${url}`);
    return { action: 'deny' };
  });
}
