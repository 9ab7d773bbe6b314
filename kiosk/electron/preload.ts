// The kiosk's preload entry, bundled to dist-electron/preload.cjs: a sandboxed preload cannot load
// other files, so it must be one CommonJS file that requires nothing but 'electron'. It exposes the
// bridge's functions only, never ipcRenderer.
import { contextBridge, ipcRenderer } from 'electron';
import { BRIDGE_GLOBAL, createPreloadBridge } from './preload-api';

contextBridge.exposeInMainWorld(
  BRIDGE_GLOBAL,
  createPreloadBridge((channel, ...args) => ipcRenderer.invoke(channel, ...args)),
);
