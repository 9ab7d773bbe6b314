import { kioskWindowOptions } from './window-options';

describe('kioskWindowOptions', () => {
  it('opens a full-screen kiosk window with an isolated, sandboxed renderer without Node', () => {
    const options = kioskWindowOptions({ preloadPath: '/app/preload.cjs', isPackaged: true });
    expect(options.kiosk).toBe(true);
    expect(options.fullscreen).toBe(true);
    expect(options.webPreferences).toMatchObject({
      preload: '/app/preload.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
    });
  });

  it('allows devtools only when the app is not packaged', () => {
    expect(kioskWindowOptions({ preloadPath: 'p', isPackaged: true }).webPreferences.devTools).toBe(
      false,
    );
    expect(
      kioskWindowOptions({ preloadPath: 'p', isPackaged: false }).webPreferences.devTools,
    ).toBe(true);
  });
});
