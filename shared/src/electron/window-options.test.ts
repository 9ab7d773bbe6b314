import { shellWindowOptions } from './window-options';

const ISOLATED = {
  contextIsolation: true,
  sandbox: true,
  nodeIntegration: false,
  nodeIntegrationInWorker: false,
  nodeIntegrationInSubFrames: false,
  webSecurity: true,
  allowRunningInsecureContent: false,
  webviewTag: false,
};

describe('shellWindowOptions', () => {
  it('opens a full-screen, frameless kiosk window with an isolated, sandboxed renderer', () => {
    const options = shellWindowOptions({
      mode: 'kiosk',
      preloadPath: '/app/preload.cjs',
      isPackaged: true,
    });
    expect(options).toMatchObject({ kiosk: true, fullscreen: true, frame: false, show: false });
    expect(options.webPreferences).toMatchObject({ ...ISOLATED, preload: '/app/preload.cjs' });
  });

  it('opens an ordinary window at the counter size with the same renderer lock', () => {
    const options = shellWindowOptions({ mode: 'window', isPackaged: true });
    expect(options).toMatchObject({
      kiosk: false,
      fullscreen: false,
      frame: true,
      width: 1366,
      height: 768,
      show: false,
    });
    expect(options.minWidth).toBeLessThanOrEqual(options.width ?? 0);
    expect(options.webPreferences).toMatchObject(ISOLATED);
  });

  it('has no preload at all when the shell gives the page no bridge', () => {
    const options = shellWindowOptions({ mode: 'window', isPackaged: true });
    expect(options.webPreferences).not.toHaveProperty('preload');
  });

  it.each(['kiosk', 'window'] as const)(
    'allows devtools in %s mode only when not packaged',
    (mode) => {
      expect(shellWindowOptions({ mode, isPackaged: true }).webPreferences.devTools).toBe(false);
      expect(shellWindowOptions({ mode, isPackaged: false }).webPreferences.devTools).toBe(true);
    },
  );
});
