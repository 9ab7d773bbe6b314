import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { builtinModules, createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { compileFunction } from 'node:vm';
import { buildShells, ROOT, SHELLS, shellEntries } from './build-electron.mjs';

// Bundles the three shells into a temporary folder, as `npm run build:electron` does into
// `<app>/dist-electron`, then checks what Electron will load: one CommonJS file per entry that
// requires nothing but 'electron' and Node's builtins — and runs each bundle against a fake
// Electron, so the wiring in main.ts and preload.ts (the files that cannot be unit-tested) is
// exercised too.

const NODE_BUILTINS = new Set(builtinModules.map((name) => name.replace(/^node:/, '')));

let out: string;
let written: Awaited<ReturnType<typeof buildShells>>;
beforeAll(async () => {
  out = await mkdtemp(path.join(tmpdir(), 'cac-electron-bundles-'));
  written = await buildShells(SHELLS, { outDir: (shell) => path.join(out, shell) });
});
afterAll(async () => {
  await rm(out, { recursive: true, force: true });
});

function bundle(shell: string, kind: 'main' | 'preload'): string {
  return path.join(out, shell, `${kind}.cjs`);
}

/** Every module a bundle asks `require` for, as written in the code. */
function requiredModules(code: string): string[] {
  return [
    ...new Set([...code.matchAll(/\brequire\(\s*["']([^"']+)["']\s*\)/g)].map((m) => m[1] ?? '')),
  ];
}

/** Runs a CommonJS bundle the way Node wraps a module, with `require` answered by `resolve`. */
function runCommonJs(file: string, code: string, resolve: (id: string) => unknown): void {
  const run = compileFunction(code, ['exports', 'require', 'module', '__filename', '__dirname'], {
    filename: file,
  });
  const module = { exports: {} };
  run(module.exports, resolve, module, file, path.dirname(file));
}

describe('shell entries', () => {
  it('bundles main for every shell and a preload only for the kiosk, the one with a bridge', () => {
    expect(SHELLS.flatMap((shell) => shellEntries(shell).map((e) => e.output))).toEqual([
      'kiosk/dist-electron/main.cjs',
      'kiosk/dist-electron/preload.cjs',
      'counter/dist-electron/main.cjs',
      'display/dist-electron/main.cjs',
    ]);
    for (const shell of SHELLS) {
      for (const entry of shellEntries(shell))
        expect(existsSync(path.join(ROOT, entry.source))).toBe(true);
    }
  });
});

describe('the bundles', () => {
  it('are written for every entry', () => {
    expect(written.map((w) => path.relative(out, w.file))).toEqual([
      path.join('kiosk', 'main.cjs'),
      path.join('kiosk', 'preload.cjs'),
      path.join('counter', 'main.cjs'),
      path.join('display', 'main.cjs'),
    ]);
    for (const { file } of written) expect(existsSync(file)).toBe(true);
  });

  it.each(SHELLS)(
    '%s: main.cjs is CommonJS requiring only electron and Node builtins',
    async (shell) => {
      const code = await readFile(bundle(shell, 'main'), 'utf8');
      // Parses only as a CommonJS function body: an ESM import/export or import.meta would throw.
      expect(() =>
        compileFunction(code, ['exports', 'require', 'module', '__filename', '__dirname']),
      ).not.toThrow();
      expect(code).not.toMatch(/\bimport\.meta\b/);
      const required = requiredModules(code);
      expect(required).toContain('electron');
      expect(
        required.filter((id) => id !== 'electron' && !NODE_BUILTINS.has(id.replace(/^node:/, ''))),
      ).toEqual([]);
    },
  );

  it('kiosk: preload.cjs is CommonJS requiring only electron (a sandboxed preload can load nothing else)', async () => {
    const code = await readFile(bundle('kiosk', 'preload'), 'utf8');
    expect(() =>
      compileFunction(code, ['exports', 'require', 'module', '__filename', '__dirname']),
    ).not.toThrow();
    expect(requiredModules(code)).toEqual(['electron']);
  });

  it('kiosk: the preload exposes exactly the bridge, wired to its IPC channels', async () => {
    const file = bundle('kiosk', 'preload');
    const exposed = new Map<string, Record<string, (...args: unknown[]) => Promise<unknown>>>();
    const invoked: unknown[][] = [];
    runCommonJs(file, await readFile(file, 'utf8'), (id) => {
      if (id !== 'electron') throw new Error(`the preload required ${id}`);
      return {
        contextBridge: {
          exposeInMainWorld: (name: string, api: Record<string, () => Promise<unknown>>) =>
            exposed.set(name, api),
        },
        ipcRenderer: {
          invoke: async (...args: unknown[]) => {
            invoked.push(args);
            return { hubUrl: 'http://hub' };
          },
        },
      };
    });
    expect([...exposed.keys()]).toEqual(['cacBridge']);
    const bridge = exposed.get('cacBridge') ?? {};
    expect(Object.keys(bridge).sort()).toEqual(['printTicket', 'settings']);
    await bridge.settings?.();
    expect(invoked).toEqual([['cac-kiosk:settings']]);
  });
});

/** Enough of Electron for a shell's main.cjs to start: records what the shell does with it. */
function fakeElectron(appData: string) {
  const paths = new Map<string, string>([['appData', appData]]);
  const seen = {
    quits: 0,
    windows: [] as { options: Record<string, unknown>; loads: string[] }[],
    handled: [] as string[],
    menus: [] as unknown[],
    blockers: [] as string[],
    errors: [] as string[],
  };
  const app = {
    isPackaged: false,
    getPath: (name: string) => paths.get(name) ?? '',
    setPath: (name: string, value: string) => void paths.set(name, value),
    requestSingleInstanceLock: () => true,
    quit: () => void seen.quits++,
    on: () => app,
    whenReady: () => Promise.resolve(),
    setLoginItemSettings: () => undefined,
  };
  class BrowserWindow {
    readonly loads: string[] = [];
    readonly webContents = {
      on: () => this.webContents,
      loadURL: async (url: string) => void this.loads.push(url),
      isDestroyed: () => false,
    };
    constructor(readonly options: Record<string, unknown>) {
      seen.windows.push(this);
    }
    once() {}
    on() {}
  }
  const electron = {
    app,
    BrowserWindow,
    dialog: {
      showErrorBox: (title: string, content: string) =>
        void seen.errors.push(`${title}: ${content}`),
    },
    Menu: { setApplicationMenu: (menu: unknown) => void seen.menus.push(menu) },
    ipcMain: { handle: (channel: string) => void seen.handled.push(channel) },
    powerSaveBlocker: {
      start: (type: string) => {
        seen.blockers.push(type);
        return 1;
      },
      isStarted: () => true,
    },
  };
  return { electron, seen, paths };
}

describe('each main.cjs against a fake Electron', () => {
  let appData: string;
  beforeEach(async () => {
    appData = await mkdtemp(path.join(tmpdir(), 'cac-electron-appdata-'));
  });
  afterEach(async () => {
    await rm(appData, { recursive: true, force: true });
  });

  async function start(shell: string) {
    const file = bundle(shell, 'main');
    const fake = fakeElectron(appData);
    const nodeRequire = createRequire(file);
    runCommonJs(file, await readFile(file, 'utf8'), (id) => {
      if (id === 'electron') return fake.electron;
      if (!NODE_BUILTINS.has(id.replace(/^node:/, ''))) throw new Error(`main.cjs required ${id}`);
      return nodeRequire(id);
    });
    await vi.waitFor(() => expect(fake.seen.windows.length + fake.seen.errors.length).toBe(1));
    return fake;
  }

  it('kiosk: its own folder and settings, the bridge handlers, a kiosk window with the preload', async () => {
    const { seen, paths } = await start('kiosk');
    expect(seen.errors).toEqual([]);
    expect(paths.get('userData')).toBe(path.join(appData, 'cac-kiosk'));
    expect(existsSync(path.join(appData, 'cac-kiosk', 'kiosk-settings.json'))).toBe(true);
    expect(seen.handled.sort()).toEqual(['cac-kiosk:print-ticket', 'cac-kiosk:settings']);
    const [window] = seen.windows;
    expect(window?.options).toMatchObject({ kiosk: true, fullscreen: true });
    expect(window?.options.webPreferences).toMatchObject({
      sandbox: true,
      contextIsolation: true,
      preload: path.join(out, 'kiosk', 'preload.cjs'),
    });
    expect(window?.loads).toEqual(['http://127.0.0.1:4700/kiosk/']);
    expect(seen.menus).toEqual([null]);
  });

  it('counter: an ordinary window on /counter/ without preload, remembering the hub URL', async () => {
    const { seen, paths } = await start('counter');
    expect(seen.errors).toEqual([]);
    expect(paths.get('userData')).toBe(path.join(appData, 'cac-counter'));
    const stored: unknown = JSON.parse(
      await readFile(path.join(appData, 'cac-counter', 'counter-settings.json'), 'utf8'),
    );
    expect(stored).toEqual({ hubUrl: 'http://127.0.0.1:4700' });
    const [window] = seen.windows;
    expect(window?.options).toMatchObject({ kiosk: false, frame: true });
    expect(window?.options.webPreferences).not.toHaveProperty('preload');
    expect(window?.loads).toEqual(['http://127.0.0.1:4700/counter/']);
    expect(seen.menus).toEqual([]);
  });

  it('display: a kiosk window on /display/, the screen kept awake', async () => {
    const { seen, paths } = await start('display');
    expect(seen.errors).toEqual([]);
    expect(paths.get('userData')).toBe(path.join(appData, 'cac-display'));
    expect(existsSync(path.join(appData, 'cac-display', 'display-settings.json'))).toBe(true);
    expect(seen.blockers).toEqual(['prevent-display-sleep']);
    const [window] = seen.windows;
    expect(window?.options).toMatchObject({ kiosk: true, fullscreen: true });
    expect(window?.loads).toEqual(['http://127.0.0.1:4700/display/?orientation=auto']);
  });

  it('shows the coded settings error and quits when the settings cannot be used', async () => {
    const { mkdir, writeFile } = await import('node:fs/promises');
    await mkdir(path.join(appData, 'cac-counter'));
    await writeFile(path.join(appData, 'cac-counter', 'counter-settings.json'), '{"hubUrl": 4700}');
    const { seen } = await start('counter');
    expect(seen.windows).toEqual([]);
    expect(seen.errors).toHaveLength(1);
    expect(seen.errors[0]).toMatch(/^Ajustes de la ventanilla: SETTINGS_INVALID: /);
    expect(seen.quits).toBe(1);
  });
});
