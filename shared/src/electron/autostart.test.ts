import type { LoginItemApp } from './autostart';
import { applyAutostart } from './autostart';

function fakeApp() {
  const calls: Parameters<LoginItemApp['setLoginItemSettings']>[0][] = [];
  const app: LoginItemApp = { setLoginItemSettings: (s) => void calls.push(s) };
  return { app, calls };
}

describe('applyAutostart', () => {
  it('registers the packaged shell to open at login when autostart is on', () => {
    const { app, calls } = fakeApp();
    expect(applyAutostart(app, { autostart: true }, { isPackaged: true })).toEqual({
      openAtLogin: true,
    });
    expect(calls).toEqual([{ openAtLogin: true }]);
  });

  it('removes the login item when autostart is off', () => {
    const { app, calls } = fakeApp();
    applyAutostart(app, { autostart: false }, { isPackaged: true });
    expect(calls).toEqual([{ openAtLogin: false }]);
  });

  it('leaves the login items alone in a development run', () => {
    const { app, calls } = fakeApp();
    expect(applyAutostart(app, { autostart: true }, { isPackaged: false })).toBeNull();
    expect(calls).toEqual([]);
  });
});
