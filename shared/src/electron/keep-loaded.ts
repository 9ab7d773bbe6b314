/** The `webContents` events {@link keepLoaded} listens to. */
export type LoadEvents = {
  'did-fail-load': (
    event: unknown,
    errorCode: number,
    errorDescription: string,
    validatedURL: string,
    isMainFrame: boolean,
  ) => void;
  'render-process-gone': (event: unknown, details: { reason: string }) => void;
};

/** The members of Electron's `WebContents` {@link keepLoaded} uses. */
export type LoadableContents = {
  on<K extends keyof LoadEvents>(event: K, listener: LoadEvents[K]): unknown;
  loadURL(url: string): Promise<void>;
  isDestroyed(): boolean;
};

/** Options of {@link keepLoaded}. */
export type KeepLoadedOptions = {
  /** Delay before trying the page again when it could not be loaded (the hub may be starting). */
  retryDelayMs?: number;
  /** Delay before reloading a crashed renderer (a crash loop must not spin the CPU). */
  crashReloadDelayMs?: number;
  /** Injected for tests; `setTimeout` by default. */
  schedule?: (task: () => void, ms: number) => void;
  /** Told (in Spanish) about every failed load and every crash. */
  log?: (message: string) => void;
};

/** Chromium's net::ERR_ABORTED: the load was replaced or cancelled on purpose, not a failure. */
const ERR_ABORTED = -3;

/**
 * Opens `url` and keeps it open without anyone at the machine: a load that fails (hub down, cable
 * pulled, power back before the server) is tried again after `retryDelayMs`, and a renderer that
 * crashes or is killed is loaded again after `crashReloadDelayMs`. Both go back to `url` itself:
 * after a failed load there is nothing else worth reloading (Chromium's error page). At most one
 * attempt is pending at a time, so a failure reported twice (the rejected `loadURL` and
 * `did-fail-load`) does not double the retries.
 */
export function keepLoaded(
  contents: LoadableContents,
  url: string,
  options: KeepLoadedOptions = {},
): void {
  const log = options.log ?? (() => undefined);
  const schedule = options.schedule ?? ((task, ms) => void setTimeout(task, ms));
  const retryDelayMs = options.retryDelayMs ?? 5000;
  const crashReloadDelayMs = options.crashReloadDelayMs ?? 1000;
  let pending = false;

  function load(): void {
    // A failed load also rejects this promise; `did-fail-load` below is the one place that reacts.
    contents.loadURL(url).catch(() => undefined);
  }
  function again(ms: number, message: string): void {
    if (pending) return;
    pending = true;
    log(message);
    schedule(() => {
      pending = false;
      if (!contents.isDestroyed()) load();
    }, ms);
  }

  contents.on('did-fail-load', (_event, errorCode, errorDescription, validatedURL, isMainFrame) => {
    if (!isMainFrame || errorCode === ERR_ABORTED) return;
    again(
      retryDelayMs,
      `No se pudo abrir ${validatedURL || url} (${errorDescription || errorCode}); se reintenta en ${Math.round(retryDelayMs / 1000)} s.`,
    );
  });
  contents.on('render-process-gone', (_event, details) => {
    if (details.reason === 'clean-exit') return;
    again(crashReloadDelayMs, `La página se cerró (${details.reason}); se vuelve a abrir.`);
  });
  load();
}
