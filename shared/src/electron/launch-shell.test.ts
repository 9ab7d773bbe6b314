import { err, ok } from '../protocol/result';
import { fakeApp, fakeEvent, fakeWebContents, fakeWindow, key } from './fakes';
import type { ShellElectron, ShellSpec } from './launch-shell';
import { launchShell } from './launch-shell';
import type { SettingsError } from './settings-store';
import type { ShellWindowOptions } from './window-options';

type Settings = { hubUrl: string; autostart: boolean };
const HUB = 'http://192.168.1.10:4700';

function setup(
  options: {
    lock?: boolean;
    isPackaged?: boolean;
    settings?: Settings | SettingsError;
    spec?: Partial<ShellSpec<Settings>>;
  } = {},
) {
  const fake = fakeApp({ lock: options.lock, isPackaged: options.isPackaged });
  const windows: ReturnType<typeof fakeWindow>[] = [];
  const dialogs: { title: string; content: string }[] = [];
  const menus: unknown[] = [];
  const logs: string[] = [];
  const scheduled: { task: () => void; ms: number }[] = [];
  const loads: string[] = [];
  const electron: ShellElectron = {
    app: fake.app,
    dialog: { showErrorBox: (title, content) => void dialogs.push({ title, content }) },
    menu: { setApplicationMenu: (menu) => void menus.push(menu) },
    createWindow: (windowOptions: ShellWindowOptions) => {
      const window = fakeWindow(windowOptions);
      windows.push(window);
      return window.window;
    },
    log: (m) => logs.push(m),
    schedule: (task, ms) => scheduled.push({ task, ms }),
  };
  const settings = options.settings ?? { hubUrl: HUB, autostart: true };
  const spec: ShellSpec<Settings> = {
    folder: 'cac-test',
    settingsTitle: 'Ajustes de la prueba',
    mode: 'kiosk',
    preloadPath: '/app/preload.cjs',
    loadSettings: async (userDataDir) => {
      loads.push(userDataDir);
      return 'code' in settings ? err(settings) : ok(settings);
    },
    hubUrl: (s) => s.hubUrl,
    startUrl: (s) => `${s.hubUrl}/test/`,
    autostart: (s) => s.autostart,
    ...options.spec,
  };
  const launched = launchShell(electron, spec);
  return { ...fake, launched, windows, dialogs, menus, logs, scheduled, loads };
}

describe('launchShell', () => {
  it('gives the shell its own userData folder before taking the single-instance lock', async () => {
    const { paths, launched, loads } = setup();
    expect(paths.get('userData')).toBe('/home/cac/.config/cac-test');
    await launched.window;
    expect(loads).toEqual(['/home/cac/.config/cac-test']);
  });

  it('stops at once when another copy of the shell runs', async () => {
    const { launched, calls, windows, loads } = setup({ lock: false });
    expect(launched.claimed).toBe(false);
    expect(await launched.window).toBeNull();
    expect(calls).toEqual(['quit']);
    expect(windows).toHaveLength(0);
    expect(loads).toHaveLength(0);
  });

  it('opens one hardened kiosk window on the start page and shows it when ready', async () => {
    const { launched, windows, menus } = setup();
    expect(launched.claimed).toBe(true);
    const window = await launched.window;
    expect(window).not.toBeNull();
    expect(windows).toHaveLength(1);
    const [opened] = windows;
    expect(opened?.options).toMatchObject({ kiosk: true, fullscreen: true });
    expect(opened?.options.webPreferences).toMatchObject({
      preload: '/app/preload.cjs',
      sandbox: true,
      devTools: false,
    });
    expect(opened?.web.state.loads).toEqual([`${HUB}/test/`]);
    expect(opened?.calls).toEqual([]);
    opened?.fireReady();
    expect(opened?.calls).toEqual(['show']);
    expect(menus).toEqual([null]);
  });

  it('hardens every web contents to the hub origin and locks the keyboard in kiosk mode', async () => {
    const { launched, emit } = setup();
    await launched.window;
    const contents = fakeWebContents();
    emit('web-contents-created', {}, contents.contents);
    const away = fakeEvent();
    contents.emit('will-navigate', away, 'http://evil.example/');
    expect(away.prevented).toBe(true);
    const inside = fakeEvent();
    contents.emit('will-navigate', inside, `${HUB}/test/?lang=en`);
    expect(inside.prevented).toBe(false);
    expect(contents.openWindow(`${HUB}/`)).toEqual({ action: 'deny' });
    const reload = fakeEvent();
    contents.emit('before-input-event', reload, key('F5'));
    expect(reload.prevented).toBe(true);
  });

  it('opens an ordinary window without preload, keyboard lock or menu change in window mode', async () => {
    const { launched, windows, emit, menus } = setup({
      spec: { mode: 'window', preloadPath: undefined },
    });
    await launched.window;
    expect(windows[0]?.options).toMatchObject({ kiosk: false, frame: true, width: 1366 });
    expect(windows[0]?.options.webPreferences).not.toHaveProperty('preload');
    const contents = fakeWebContents();
    emit('web-contents-created', {}, contents.contents);
    expect(contents.listenerCount('will-navigate')).toBe(1);
    expect(contents.listenerCount('before-input-event')).toBe(0);
    expect(menus).toEqual([]);
  });

  it('reloads the page after a renderer crash, through the injected timer', async () => {
    const { launched, windows, scheduled } = setup();
    await launched.window;
    windows[0]?.web.emit('render-process-gone', {}, { reason: 'crashed' });
    expect(scheduled).toHaveLength(1);
    scheduled[0]?.task();
    expect(windows[0]?.web.state.loads).toEqual([`${HUB}/test/`, `${HUB}/test/`]);
  });

  it('shows unusable settings with their code and quits without opening a window', async () => {
    const { launched, dialogs, calls, windows } = setup({
      settings: {
        code: 'SETTINGS_INVALID',
        message: 'Los ajustes de la prueba en x no son válidos: falta hubUrl',
        issues: ['falta hubUrl'],
      },
    });
    expect(await launched.window).toBeNull();
    expect(dialogs).toEqual([
      {
        title: 'Ajustes de la prueba',
        content: 'SETTINGS_INVALID: Los ajustes de la prueba en x no son válidos: falta hubUrl',
      },
    ]);
    expect(calls).toEqual(['quit']);
    expect(windows).toHaveLength(0);
  });

  it('applies autostart from the settings in a packaged build only', async () => {
    const packaged = setup({ settings: { hubUrl: HUB, autostart: false } });
    await packaged.launched.window;
    expect(packaged.loginItems).toEqual([{ openAtLogin: false }]);

    const development = setup({ isPackaged: false });
    await development.launched.window;
    expect(development.loginItems).toEqual([]);
    expect(development.windows[0]?.options.webPreferences.devTools).toBe(true);
  });

  it('never touches login items when the shell has no autostart setting', async () => {
    const { launched, loginItems } = setup({ spec: { autostart: undefined } });
    await launched.window;
    expect(loginItems).toEqual([]);
  });

  it('runs the shell-specific set-up with the settings and the hub origin before the window', async () => {
    const order: string[] = [];
    let seen: unknown;
    const { launched, windows } = setup({
      settings: { hubUrl: `${HUB}/some/path`, autostart: true },
      spec: {
        beforeWindow: (settings, context) => {
          seen = { settings, context };
          order.push(`before:${windows.length}`);
        },
      },
    });
    await launched.window;
    expect(order).toEqual(['before:0']);
    expect(seen).toEqual({
      settings: { hubUrl: `${HUB}/some/path`, autostart: true },
      context: { userDataDir: '/home/cac/.config/cac-test', hubOrigin: HUB },
    });
  });

  it('brings the window back on a second launch and quits when it is closed', async () => {
    const { launched, windows, emit, calls } = setup();
    await launched.window;
    emit('second-instance');
    expect(windows[0]?.calls).toEqual(['show', 'focus']);
    windows[0]?.close();
    emit('second-instance');
    expect(windows[0]?.calls).toEqual(['show', 'focus']);
    emit('window-all-closed');
    expect(calls).toEqual(['quit']);
  });
});
