import type { NavigationEvents } from './hardening';
import type { LoadEvents } from './keep-loaded';
import type { KeyInput, KioskInputEvents } from './kiosk-input';
import type { HardenableContents, ShellApp, ShellAppEvents, ShellWindow } from './launch-shell';
import type { ShellWindowOptions } from './window-options';

// Fakes of the Electron objects the shells' modules receive (tests only; not exported).

type ContentsEvents = NavigationEvents & KioskInputEvents & LoadEvents;

/** A cancellable event that remembers whether it was cancelled. */
export function fakeEvent(): { preventDefault(): void; prevented: boolean } {
  const event = {
    prevented: false,
    preventDefault() {
      event.prevented = true;
    },
  };
  return event;
}

/** A `webContents` that records its listeners and loads so a test can fire events. */
export function fakeWebContents(options: { failLoads?: boolean } = {}) {
  const listeners = new Map<keyof ContentsEvents, unknown[]>();
  let openHandler: ((details: { url: string }) => { action: 'deny' }) | undefined;
  const state = {
    loads: [] as string[],
    destroyed: false,
    zoomLevel: 0,
    zoomLimits: [] as number[],
  };
  const contents: HardenableContents & {
    on<K extends keyof ContentsEvents>(event: K, listener: ContentsEvents[K]): unknown;
    loadURL(url: string): Promise<void>;
    isDestroyed(): boolean;
  } = {
    on<K extends keyof ContentsEvents>(event: K, listener: ContentsEvents[K]) {
      listeners.set(event, [...(listeners.get(event) ?? []), listener]);
      return contents;
    },
    setWindowOpenHandler(handler) {
      openHandler = handler;
    },
    setVisualZoomLevelLimits(min, max) {
      state.zoomLimits = [min, max];
    },
    setZoomLevel(level) {
      state.zoomLevel = level;
    },
    loadURL(url) {
      state.loads.push(url);
      return options.failLoads
        ? Promise.reject(new Error('ERR_CONNECTION_REFUSED'))
        : Promise.resolve();
    },
    isDestroyed: () => state.destroyed,
  };
  function emit<K extends keyof ContentsEvents>(
    event: K,
    ...args: Parameters<ContentsEvents[K]>
  ): void {
    for (const listener of listeners.get(event) ?? []) {
      (listener as (...a: Parameters<ContentsEvents[K]>) => void)(...args);
    }
  }
  return {
    contents,
    state,
    emit,
    listenerCount: (event: keyof ContentsEvents) => listeners.get(event)?.length ?? 0,
    openWindow: (url: string) => openHandler?.({ url }),
    hasOpenHandler: () => openHandler !== undefined,
  };
}

/** A key press with no modifiers unless told. */
export function key(k: string, mods: Partial<Omit<KeyInput, 'key'>> = {}): KeyInput {
  return {
    type: 'keyDown',
    key: k,
    control: false,
    meta: false,
    shift: false,
    alt: false,
    ...mods,
  };
}

/** A window that records what was done to it; `fireReady` and `close` play Electron's part. */
export function fakeWindow(options: ShellWindowOptions) {
  const web = fakeWebContents();
  const calls: string[] = [];
  let onReady: (() => void) | undefined;
  let onClosed: (() => void) | undefined;
  const window: ShellWindow = {
    webContents: web.contents,
    isDestroyed: () => false,
    isMinimized: () => false,
    restore: () => void calls.push('restore'),
    show: () => void calls.push('show'),
    focus: () => void calls.push('focus'),
    once: (_event, listener) => {
      onReady = listener;
    },
    on: (_event, listener) => {
      onClosed = listener;
    },
  };
  return {
    window,
    options,
    web,
    calls,
    fireReady: () => onReady?.(),
    close: () => onClosed?.(),
  };
}

/** Electron's `app`, recording paths, login items and quits; `ready` resolves `whenReady`. */
export function fakeApp(options: { lock?: boolean; isPackaged?: boolean } = {}) {
  const listeners = new Map<keyof ShellAppEvents, unknown[]>();
  const paths = new Map<string, string>([['appData', '/home/cac/.config']]);
  const calls: string[] = [];
  const loginItems: { openAtLogin: boolean }[] = [];
  const app: ShellApp = {
    isPackaged: options.isPackaged ?? true,
    requestSingleInstanceLock: () => options.lock ?? true,
    quit: () => void calls.push('quit'),
    on<K extends keyof ShellAppEvents>(event: K, listener: ShellAppEvents[K]) {
      listeners.set(event, [...(listeners.get(event) ?? []), listener]);
    },
    whenReady: () => Promise.resolve(),
    getPath: (name) => paths.get(name) ?? `/unset/${name}`,
    setPath: (name, value) => void paths.set(name, value),
    setLoginItemSettings: (settings) => void loginItems.push(settings),
  };
  function emit<K extends keyof ShellAppEvents>(
    event: K,
    ...args: Parameters<ShellAppEvents[K]>
  ): void {
    for (const listener of listeners.get(event) ?? []) {
      (listener as (...a: Parameters<ShellAppEvents[K]>) => void)(...args);
    }
  }
  return { app, calls, loginItems, paths, emit };
}
