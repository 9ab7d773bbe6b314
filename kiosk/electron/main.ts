// The kiosk's Electron entry, bundled to dist-electron/main.cjs (build/build-electron.mjs). It hands
// the real Electron modules to the shared launcher and adds what only the kiosk has: the print
// bridge. With preload.ts, the only file that imports 'electron'. Keep it thin.
import path from 'node:path';
import { app, BrowserWindow, dialog, ipcMain, Menu } from 'electron';
import { launchShell } from '@cac/shared/electron';
import { createBridgeHandlers, registerBridgeHandlers } from './bridge';
import type { KioskSettings } from './settings';
import { kioskSettings, kioskStartUrl } from './settings';

const log = (message: string): void => console.warn(message);

launchShell<KioskSettings>(
  {
    app,
    dialog,
    menu: Menu,
    createWindow: (options) => new BrowserWindow(options),
    log,
  },
  {
    folder: 'cac-kiosk',
    settingsTitle: 'Ajustes del kiosco',
    mode: 'kiosk',
    // The bundle is CommonJS, so __dirname is the dist-electron folder beside preload.cjs.
    preloadPath: path.join(__dirname, 'preload.cjs'),
    loadSettings: kioskSettings.load,
    hubUrl: (settings) => settings.hubUrl,
    startUrl: kioskStartUrl,
    autostart: (settings) => settings.autostart,
    beforeWindow(settings, { userDataDir, hubOrigin }) {
      const handlers = createBridgeHandlers({
        settings: () => settings,
        transportContext: {
          dataDir: path.join(userDataDir, 'data'),
          paperMm: settings.printer.profile.paperMm,
        },
        onResult: (report) => {
          if (!report.result.ok) log(`Impresión fallida: ${report.result.error.message}`);
        },
      });
      registerBridgeHandlers(ipcMain, handlers, hubOrigin);
    },
  },
);
