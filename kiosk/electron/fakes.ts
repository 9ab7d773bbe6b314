import type { HardeningEvents, KeyInput, WebContentsLike } from './hardening';

// Fakes of the Electron objects the shell's modules receive (tests only).

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

/** A `webContents` that records its listeners so a test can fire them. */
export function fakeWebContents() {
  const listeners = new Map<keyof HardeningEvents, unknown[]>();
  let openHandler: ((details: { url: string }) => { action: 'deny' }) | undefined;
  const state = { reloads: 0, destroyed: false, zoomLevel: 0, zoomLimits: [] as number[] };
  const contents: WebContentsLike = {
    on(event, listener) {
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
    reload() {
      state.reloads += 1;
    },
    isDestroyed: () => state.destroyed,
  };
  function emit<K extends keyof HardeningEvents>(
    event: K,
    ...args: Parameters<HardeningEvents[K]>
  ): void {
    for (const listener of listeners.get(event) ?? []) {
      (listener as (...a: Parameters<HardeningEvents[K]>) => void)(...args);
    }
  }
  return {
    contents,
    state,
    emit,
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
