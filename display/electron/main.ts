// The display's Electron entry, bundled to dist-electron/main.cjs (build/build-electron.mjs): a
// full-screen kiosk window on the hub's /display/ page, through the shared launcher, with the
// screen kept awake. The page needs no bridge, so there is no preload. The only file here that
// imports 'electron'. Keep it thin.
import { app, BrowserWindow, dialog, Menu, powerSaveBlocker } from 'electron';
import { launchShell } from '@cac/shared/electron';
import { keepDisplayAwake } from './keep-awake';
import type { DisplaySettings } from './settings';
import { displaySettings, displayStartUrl } from './settings';

const log = (message: string): void => console.warn(message);

launchShell<DisplaySettings>(
  {
    app,
    dialog,
    menu: Menu,
    createWindow: (options) => new BrowserWindow(options),
    log,
  },
  {
    folder: 'cac-display',
    settingsTitle: 'Ajustes de la pantalla',
    mode: 'kiosk',
    loadSettings: displaySettings.load,
    hubUrl: (settings) => settings.hubUrl,
    startUrl: displayStartUrl,
    autostart: (settings) => settings.autostart,
    beforeWindow: () => void keepDisplayAwake(powerSaveBlocker, log),
  },
);
