// The bridge contract lives in shared/src/protocol/kiosk-bridge.ts, shared with the renderer; its
// own entry point keeps the sandboxed preload bundle free of the rest of the protocol. These are
// the names the shell's modules use.
export { BRIDGE_CHANNELS, BRIDGE_GLOBAL } from '@cac/shared/kiosk-bridge';
export type {
  BridgePrintOutcome as PrintOutcome,
  BridgeSettings,
  KioskBridge,
} from '@cac/shared/kiosk-bridge';
