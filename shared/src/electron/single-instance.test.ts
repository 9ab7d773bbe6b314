import type { FocusableWindow, SingleInstanceApp } from './single-instance';
import { claimSingleInstance } from './single-instance';

function fakeApp(lock: boolean) {
  const calls: string[] = [];
  let onSecond: (() => void) | undefined;
  const app: SingleInstanceApp = {
    requestSingleInstanceLock: () => lock,
    quit: () => void calls.push('quit'),
    on: (_event, listener) => {
      onSecond = listener;
    },
  };
  return {
    app,
    calls,
    secondInstance: () => onSecond?.(),
    listening: () => onSecond !== undefined,
  };
}

function fakeWindow(minimized: boolean, destroyed = false) {
  const calls: string[] = [];
  const window: FocusableWindow = {
    isDestroyed: () => destroyed,
    isMinimized: () => minimized,
    restore: () => void calls.push('restore'),
    show: () => void calls.push('show'),
    focus: () => void calls.push('focus'),
  };
  return { window, calls };
}

describe('claimSingleInstance', () => {
  it('quits when another copy of the shell holds the lock', () => {
    const { app, calls, listening } = fakeApp(false);
    expect(claimSingleInstance(app, () => null)).toBe(false);
    expect(calls).toEqual(['quit']);
    expect(listening()).toBe(false);
  });

  it('keeps running with the lock and brings a minimized window back on a second launch', () => {
    const { app, calls, secondInstance } = fakeApp(true);
    const win = fakeWindow(true);
    expect(claimSingleInstance(app, () => win.window)).toBe(true);
    expect(calls).toEqual([]);
    secondInstance();
    expect(win.calls).toEqual(['restore', 'show', 'focus']);
  });

  it('only focuses a window that is not minimized', () => {
    const { app, secondInstance } = fakeApp(true);
    const win = fakeWindow(false);
    claimSingleInstance(app, () => win.window);
    secondInstance();
    expect(win.calls).toEqual(['show', 'focus']);
  });

  it('ignores a second launch before the window exists or after it was destroyed', () => {
    const { app, secondInstance } = fakeApp(true);
    let current: FocusableWindow | null = null;
    claimSingleInstance(app, () => current);
    expect(() => secondInstance()).not.toThrow();
    const gone = fakeWindow(true, true);
    current = gone.window;
    secondInstance();
    expect(gone.calls).toEqual([]);
  });
});
