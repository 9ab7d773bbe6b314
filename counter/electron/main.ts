// The counter's Electron entry, bundled to dist-electron/main.cjs (build/build-electron.mjs): an
// ordinary window on the hub's /counter/ page, through the shared launcher. The page needs no
// bridge, so there is no preload. The only file here that imports 'electron'. Keep it thin.
import { app, BrowserWindow, dialog, Menu } from 'electron';
import { launchShell } from '@cac/shared/electron';
import type { CounterSettings } from './settings';
import { counterSettings, counterStartUrl } from './settings';

launchShell<CounterSettings>(
  {
    app,
    dialog,
    menu: Menu,
    createWindow: (options) => new BrowserWindow(options),
    log: (message) => console.warn(message),
  },
  {
    folder: 'cac-counter',
    settingsTitle: 'Ajustes de la ventanilla',
    mode: 'window',
    loadSettings: counterSettings.load,
    hubUrl: (settings) => settings.hubUrl,
    startUrl: counterStartUrl,
  },
);
