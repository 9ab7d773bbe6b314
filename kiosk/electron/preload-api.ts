import type { TicketLayoutInput } from '@cac/shared/ticket';
import type { BridgeSettings, KioskBridge, PrintOutcome } from './bridge-contract';
import { BRIDGE_CHANNELS } from './bridge-contract';

/** `ipcRenderer.invoke`, bound: the only IPC the preload uses. */
export type IpcInvoke = (channel: string, ...args: unknown[]) => Promise<unknown>;

/**
 * The object the preload exposes with `contextBridge.exposeInMainWorld('cacBridge', …)`: exactly
 * the {@link KioskBridge} functions, each invoking its own channel. `ipcRenderer` itself, and any
 * way to pick a channel, stays in the preload.
 */
export function createPreloadBridge(invoke: IpcInvoke): KioskBridge {
  return Object.freeze({
    printTicket: (input: TicketLayoutInput) =>
      invoke(BRIDGE_CHANNELS.printTicket, input) as Promise<PrintOutcome>,
    settings: () => invoke(BRIDGE_CHANNELS.settings) as Promise<BridgeSettings>,
  });
}

/** The global name of the bridge in the renderer (from the shared contract). */
export { BRIDGE_GLOBAL } from './bridge-contract';
