import path from 'node:path';
import type { Result } from '../protocol/result';
import type { LoginItemApp } from './autostart';
import { applyAutostart } from './autostart';
import type { NavigationContents } from './hardening';
import { hardenWebContents } from './hardening';
import type { LoadableContents } from './keep-loaded';
import { keepLoaded } from './keep-loaded';
import type { KioskInputContents } from './kiosk-input';
import { lockKioskInput } from './kiosk-input';
import type { SettingsError, SettingsStoreOptions } from './settings-store';
import type { FocusableWindow, SingleInstanceApp } from './single-instance';
import { claimSingleInstance } from './single-instance';
import type { ShellWindowOptions, WindowMode } from './window-options';
import { shellWindowOptions } from './window-options';

/** Every web contents the app creates gets the hardening (and, in kiosk mode, the input lock). */
export type HardenableContents = NavigationContents & KioskInputContents;

/** The `app` events {@link launchShell} listens to. */
export type ShellAppEvents = {
  'second-instance': () => void;
  'window-all-closed': () => void;
  'web-contents-created': (event: unknown, contents: HardenableContents) => void;
};

/** The members of Electron's `app` a shell uses. */
export type ShellApp = SingleInstanceApp &
  LoginItemApp & {
    on<K extends keyof ShellAppEvents>(event: K, listener: ShellAppEvents[K]): unknown;
    whenReady(): Promise<unknown>;
    readonly isPackaged: boolean;
    getPath(name: 'appData' | 'userData'): string;
    setPath(name: 'userData', value: string): void;
  };

/** The `BrowserWindow` a shell opens, as far as the launcher uses it. */
export type ShellWindow = FocusableWindow & {
  once(event: 'ready-to-show', listener: () => void): unknown;
  on(event: 'closed', listener: () => void): unknown;
  readonly webContents: LoadableContents;
};

/** Electron, injected: the real modules in `main.ts`, fakes in tests. */
export type ShellElectron = {
  app: ShellApp;
  dialog: { showErrorBox(title: string, content: string): void };
  menu: { setApplicationMenu(menu: null): void };
  createWindow(options: ShellWindowOptions): ShellWindow;
  /** Where blocked navigations, reloads and recovered settings are told (Spanish). */
  log?: (message: string) => void;
  /** Injected for tests; `setTimeout` by default. */
  schedule?: (task: () => void, ms: number) => void;
};

/** What differs between the kiosk, the counter and the display. */
export type ShellSpec<S> = {
  /**
   * The shell's own folder under the OS's application data (`cac-kiosk`, …): its settings and its
   * single-instance lock. Fixed here so that a development run (`electron main.cjs`, named
   * "Electron") and a packaged build use the same folder, and two shells on one machine never
   * share a lock.
   */
  folder: string;
  /** Title of the error box when the settings cannot be used, e.g. "Ajustes del kiosco". */
  settingsTitle: string;
  mode: WindowMode;
  /** The bundled preload (`preload.cjs` beside `main.cjs`); none when the page needs no bridge. */
  preloadPath?: string;
  loadSettings(
    userDataDir: string,
    options: SettingsStoreOptions,
  ): Promise<Result<S, SettingsError>>;
  /** The hub's URL in the settings: its origin is the only one the window may show. */
  hubUrl(settings: S): string;
  /** The page the window opens. */
  startUrl(settings: S): string;
  /** Whether to open at login (packaged builds only); absent: the shell never touches login items. */
  autostart?(settings: S): boolean;
  /** Runs once with valid settings, before the window exists (IPC handlers, power-save blocker). */
  beforeWindow?(settings: S, context: { userDataDir: string; hubOrigin: string }): void;
};

/** What {@link launchShell} started. */
export type LaunchedShell = {
  /** False when another copy of this shell runs: this process is quitting. */
  claimed: boolean;
  /** The window once it is open; null when the shell stopped (another copy, unusable settings). */
  window: Promise<ShellWindow | null>;
};

/**
 * Starts a thin shell: its own `userData` folder, the single-instance lock, then (when Electron is
 * ready) the settings — unusable settings show a coded Spanish error and quit — autostart, the
 * hardening of every web contents, one window and the page kept loaded. Call it once, at the top
 * of `main.ts`, before the app is ready (the `userData` folder must be set before the lock).
 */
export function launchShell<S>(electron: ShellElectron, spec: ShellSpec<S>): LaunchedShell {
  const { app } = electron;
  const log = electron.log ?? (() => undefined);
  app.setPath('userData', path.join(app.getPath('appData'), spec.folder));
  let window: ShellWindow | null = null;
  if (!claimSingleInstance(app, () => window)) {
    return { claimed: false, window: Promise.resolve(null) };
  }
  app.on('window-all-closed', () => app.quit());

  async function start(): Promise<ShellWindow | null> {
    const userDataDir = app.getPath('userData');
    const loaded = await spec.loadSettings(userDataDir, { onRecover: log });
    if (!loaded.ok) {
      electron.dialog.showErrorBox(
        spec.settingsTitle,
        `${loaded.error.code}: ${loaded.error.message}`,
      );
      app.quit();
      return null;
    }
    const settings = loaded.value;
    const hubOrigin = new URL(spec.hubUrl(settings)).origin;
    if (spec.autostart) {
      applyAutostart(app, { autostart: spec.autostart(settings) }, { isPackaged: app.isPackaged });
    }
    spec.beforeWindow?.(settings, { userDataDir, hubOrigin });
    app.on('web-contents-created', (_event, contents) => {
      hardenWebContents(contents, hubOrigin, { log });
      if (spec.mode === 'kiosk') lockKioskInput(contents);
    });
    // Kiosk mode has no menu at all (its accelerators would reload or open devtools); an ordinary
    // window keeps Electron's default one, hidden behind Alt, for reload, zoom and copy/paste.
    if (spec.mode === 'kiosk') electron.menu.setApplicationMenu(null);

    const opened = electron.createWindow(
      shellWindowOptions({
        mode: spec.mode,
        isPackaged: app.isPackaged,
        preloadPath: spec.preloadPath,
      }),
    );
    window = opened;
    opened.once('ready-to-show', () => opened.show());
    opened.on('closed', () => {
      window = null;
    });
    keepLoaded(opened.webContents, spec.startUrl(settings), { log, schedule: electron.schedule });
    return opened;
  }

  return { claimed: true, window: app.whenReady().then(start) };
}
