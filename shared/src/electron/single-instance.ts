/** The members of Electron's `app` the single-instance lock uses. */
export type SingleInstanceApp = {
  requestSingleInstanceLock(): boolean;
  quit(): void;
  on(event: 'second-instance', listener: () => void): unknown;
};

/** The members of a `BrowserWindow` needed to bring it to the front. */
export type FocusableWindow = {
  isDestroyed(): boolean;
  isMinimized(): boolean;
  restore(): void;
  show(): void;
  focus(): void;
};

/**
 * Makes this process the only copy of the shell on the machine: when another one already holds the
 * lock this one quits and `false` is returned (the caller must stop starting up). Otherwise a
 * second launch (a double tap on the icon, autostart plus a technician) brings the existing window
 * back to the front. Electron keeps the lock in the `userData` folder, so each shell must have its
 * own folder (see `launchShell`) or a display would refuse to start beside a counter.
 */
export function claimSingleInstance(
  app: SingleInstanceApp,
  currentWindow: () => FocusableWindow | null | undefined,
): boolean {
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return false;
  }
  app.on('second-instance', () => {
    const window = currentWindow();
    if (!window || window.isDestroyed()) return;
    if (window.isMinimized()) window.restore();
    window.show();
    window.focus();
  });
  return true;
}
