/** The subset of Electron's `BrowserWindowConstructorOptions` the kiosk sets. */
export type KioskWindowOptions = {
  kiosk: true;
  fullscreen: true;
  frame: false;
  autoHideMenuBar: true;
  show: false;
  backgroundColor: string;
  webPreferences: {
    preload: string;
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
};

/**
 * Options of the kiosk's only window: full screen in kiosk mode, the renderer isolated and
 * sandboxed without Node, and devtools only in development (never in a packaged build). The window
 * is shown on `ready-to-show`, so the citizen never sees a white flash.
 */
export function kioskWindowOptions(input: {
  preloadPath: string;
  isPackaged: boolean;
}): KioskWindowOptions {
  return {
    kiosk: true,
    fullscreen: true,
    frame: false,
    autoHideMenuBar: true,
    show: false,
    backgroundColor: '#ffffff',
    webPreferences: {
      preload: input.preloadPath,
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
    },
  };
}
