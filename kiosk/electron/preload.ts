// The preload entry, bundled to preload.cjs (a sandboxed preload cannot load other files). It
// exposes the bridge's functions only, never ipcRenderer. Not type-checked here, like main.ts.
import { contextBridge, ipcRenderer } from 'electron';
import { BRIDGE_GLOBAL, createPreloadBridge } from './preload-api';

contextBridge.exposeInMainWorld(
  BRIDGE_GLOBAL,
  createPreloadBridge((channel, ...args) => ipcRenderer.invoke(channel, ...args)),
);
