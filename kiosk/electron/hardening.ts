/** An Electron event whose default action can be cancelled. */
export type PreventableEvent = { preventDefault(): void };

/** The fields of Electron's `Input` (from `before-input-event`) the kiosk looks at. */
export type KeyInput = {
  type: string;
  key: string;
  control: boolean;
  meta: boolean;
  shift: boolean;
  alt: boolean;
};

/** The `webContents` events {@link hardenWebContents} listens to. */
export type HardeningEvents = {
  'will-navigate': (event: PreventableEvent, url: string) => void;
  'will-redirect': (event: PreventableEvent, url: string) => void;
  'will-attach-webview': (event: PreventableEvent) => void;
  'before-input-event': (event: PreventableEvent, input: KeyInput) => void;
  'render-process-gone': (event: unknown, details: { reason: string }) => void;
  'zoom-changed': (event: PreventableEvent) => void;
};

/** The members of Electron's `WebContents` the hardening uses. */
export type WebContentsLike = {
  on<K extends keyof HardeningEvents>(event: K, listener: HardeningEvents[K]): unknown;
  setWindowOpenHandler(handler: (details: { url: string }) => { action: 'deny' }): void;
  setVisualZoomLevelLimits(min: number, max: number): unknown;
  setZoomLevel(level: number): void;
  reload(): void;
  isDestroyed(): boolean;
};

/** Options of {@link hardenWebContents}. */
export type HardeningOptions = {
  /** Delay before reloading a crashed renderer (a crash loop must not spin the CPU). */
  reloadDelayMs?: number;
  /** Injected for tests; `setTimeout` by default. */
  schedule?: (task: () => void, ms: number) => void;
  /** Told (in Spanish) about everything that was blocked and every crash. */
  log?: (message: string) => void;
};

/**
 * True when `url` may be shown in the kiosk window: http(s), the same origin as the hub (scheme,
 * host and port), and no user name or password (`http://hub@evil/` and `http://user@hub/` are
 * refused). Anything unparsable is refused.
 */
export function isTrustedUrl(url: string, origin: string): boolean {
  let target: URL;
  let allowed: URL;
  try {
    target = new URL(url);
    allowed = new URL(origin);
  } catch {
    return false;
  }
  if (target.protocol !== 'http:' && target.protocol !== 'https:') return false;
  if (target.username !== '' || target.password !== '') return false;
  return target.origin === allowed.origin;
}

const ALWAYS_BLOCKED = new Set([
  'F5',
  'F11',
  'F12',
  'BrowserRefresh',
  'BrowserBack',
  'BrowserForward',
]);
/** With Ctrl (Cmd on macOS): reload, zoom, close, print, find, new window or tab, view source. */
const BLOCKED_WITH_MODIFIER = new Set([
  'r',
  '+',
  '=',
  '-',
  '_',
  '0',
  'w',
  'p',
  'f',
  'n',
  't',
  'u',
  'o',
  's',
]);
/** With Ctrl+Shift (Cmd+Alt on macOS): the devtools' shortcuts. */
const DEVTOOLS = new Set(['i', 'j', 'c']);

/**
 * True for key presses that could leave the kiosk or change what the citizen sees: reload (F5,
 * Ctrl/Cmd+R), devtools (F12, Ctrl+Shift+I/J/C, Cmd+Alt+I), zoom (Ctrl +/-/0), full screen (F11),
 * close, print, find, new windows, history navigation with Alt+arrows. Plain typing passes.
 */
export function isBlockedShortcut(input: KeyInput): boolean {
  if (ALWAYS_BLOCKED.has(input.key)) return true;
  const key = input.key.toLowerCase();
  const modifier = input.control || input.meta;
  if (modifier && BLOCKED_WITH_MODIFIER.has(key)) return true;
  if (modifier && (input.shift || input.alt) && DEVTOOLS.has(key)) return true;
  if (input.alt && (key === 'arrowleft' || key === 'arrowright' || key === 'home')) return true;
  return false;
}

/**
 * Locks a kiosk window's contents to the hub: navigation and redirects away from `allowedOrigin`
 * are cancelled, every new window is denied, `<webview>` cannot be attached, escaping shortcuts are
 * swallowed, pinch and Ctrl+wheel zoom are undone, and a renderer that crashes or is killed is
 * reloaded after a short delay.
 */
export function hardenWebContents(
  contents: WebContentsLike,
  allowedOrigin: string,
  options: HardeningOptions = {},
): void {
  const log = options.log ?? (() => undefined);
  const schedule = options.schedule ?? ((task, ms) => void setTimeout(task, ms));
  const reloadDelayMs = options.reloadDelayMs ?? 1000;

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

  contents.on('before-input-event', (event, input) => {
    if (isBlockedShortcut(input)) event.preventDefault();
  });
  contents.setVisualZoomLevelLimits(1, 1);
  contents.on('zoom-changed', (event) => {
    event.preventDefault();
    contents.setZoomLevel(0);
  });

  contents.on('render-process-gone', (_event, details) => {
    if (details.reason === 'clean-exit') return;
    log(`La pantalla del kiosco se cerró (${details.reason}); se recarga.`);
    schedule(() => {
      if (!contents.isDestroyed()) contents.reload();
    }, reloadDelayMs);
  });
}
