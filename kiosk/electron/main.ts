// The Electron entry: wires the shell's modules (each unit-tested with fakes) to the real Electron
// API. The only file besides preload.ts that imports 'electron'; not type-checked or tested here
// (the electron package is not installed, see tsconfig.json). Keep it thin.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { app, BrowserWindow, dialog, ipcMain } from 'electron';
import { applyAutostart } from './autostart';
import { createBridgeHandlers, registerBridgeHandlers } from './bridge';
import { hardenWebContents } from './hardening';
import { kioskStartUrl, loadKioskSettings } from './settings';
import { claimSingleInstance } from './single-instance';
import { kioskWindowOptions } from './window-options';

const here = path.dirname(fileURLToPath(import.meta.url));
let window: BrowserWindow | null = null;

async function start(): Promise<void> {
  const userData = app.getPath('userData');
  const loaded = await loadKioskSettings(userData, { onRecover: (m) => console.warn(m) });
  if (!loaded.ok) {
    dialog.showErrorBox('Ajustes del kiosco', `${loaded.error.code}: ${loaded.error.message}`);
    app.quit();
    return;
  }
  const settings = loaded.value;
  const origin = new URL(settings.hubUrl).origin;
  applyAutostart(app, settings, { isPackaged: app.isPackaged });
  const dataDir = path.join(userData, 'data');
  const handlers = createBridgeHandlers({
    settings: () => settings,
    transportContext: { dataDir, paperMm: settings.printer.profile.paperMm },
    onResult: (report) => {
      if (!report.result.ok) console.warn(`Impresión fallida: ${report.result.error.message}`);
    },
  });
  registerBridgeHandlers(ipcMain, handlers, origin);
  app.on('web-contents-created', (_event, contents) =>
    hardenWebContents(contents, origin, { log: (m) => console.warn(m) }),
  );

  const preloadPath = path.join(here, 'preload.cjs');
  window = new BrowserWindow(kioskWindowOptions({ preloadPath, isPackaged: app.isPackaged }));
  window.once('ready-to-show', () => window?.show());
  window.on('closed', () => (window = null));
  // The hub may still be starting: retry until the kiosk page loads.
  const load = (): void => {
    window?.loadURL(kioskStartUrl(settings)).catch(() => setTimeout(load, 5000));
  };
  load();
}

if (claimSingleInstance(app, () => window)) {
  app.on('window-all-closed', () => app.quit());
  void app.whenReady().then(start);
}
