/**
 * How a shell's window is shown: `kiosk` fills the screen in kiosk mode with no frame (the kiosk
 * at the entrance, the waiting-room display); `window` is an ordinary, framed window a clerk can
 * move, resize and minimize (the counter).
 */
export type WindowMode = 'kiosk' | 'window';

/** The renderer settings every shell window gets (a subset of Electron's `WebPreferences`). */
export type ShellWebPreferences = {
  /** Absent when the shell gives the page no bridge (then there is no preload at all). */
  preload?: string;
  contextIsolation: true;
  sandbox: true;
  nodeIntegration: false;
  nodeIntegrationInWorker: false;
  nodeIntegrationInSubFrames: false;
  webSecurity: true;
  allowRunningInsecureContent: false;
  webviewTag: false;
  spellcheck: false;
  devTools: boolean;
};

/** The subset of Electron's `BrowserWindowConstructorOptions` a shell sets. */
export type ShellWindowOptions = {
  kiosk: boolean;
  fullscreen: boolean;
  frame: boolean;
  autoHideMenuBar: true;
  show: false;
  backgroundColor: string;
  width?: number;
  height?: number;
  minWidth?: number;
  minHeight?: number;
  webPreferences: ShellWebPreferences;
};

/** What {@link shellWindowOptions} needs. */
export type ShellWindowInput = {
  mode: WindowMode;
  isPackaged: boolean;
  preloadPath?: string;
};

/**
 * Options of a shell's only window. The renderer is always isolated and sandboxed without Node,
 * and devtools exist only in development (never in a packaged build), whatever the mode. The
 * window is shown on `ready-to-show`, so nobody sees a white flash. An ordinary window opens at
 * the counter's design size (1366×768) and cannot be shrunk below a usable one.
 */
export function shellWindowOptions(input: ShellWindowInput): ShellWindowOptions {
  const webPreferences: ShellWebPreferences = {
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    spellcheck: false,
    devTools: !input.isPackaged,
  };
  if (input.preloadPath !== undefined) webPreferences.preload = input.preloadPath;
  const common = {
    autoHideMenuBar: true,
    show: false,
    backgroundColor: '#ffffff',
    webPreferences,
  } as const;
  if (input.mode === 'kiosk') {
    return { ...common, kiosk: true, fullscreen: true, frame: false };
  }
  return {
    ...common,
    kiosk: false,
    fullscreen: false,
    frame: true,
    width: 1366,
    height: 768,
    minWidth: 1024,
    minHeight: 600,
  };
}
