// @cac/shared/electron: what the kiosk, counter and display shells share. Main process only (it
// uses node:* and lowdb); it never imports 'electron' itself — each function receives the few
// Electron members it uses, so everything here is tested with fakes. Renderers may not import it
// (ESLint).
export type { LoginItemApp } from './autostart';
export { applyAutostart } from './autostart';
export type {
  HardeningOptions,
  NavigationContents,
  NavigationEvents,
  PreventableEvent,
} from './hardening';
export { hardenWebContents } from './hardening';
export type { KeepLoadedOptions, LoadableContents, LoadEvents } from './keep-loaded';
export { keepLoaded } from './keep-loaded';
export type { KeyInput, KioskInputContents, KioskInputEvents } from './kiosk-input';
export { isBlockedShortcut, lockKioskInput } from './kiosk-input';
export type {
  HardenableContents,
  LaunchedShell,
  ShellApp,
  ShellAppEvents,
  ShellElectron,
  ShellSpec,
  ShellWindow,
} from './launch-shell';
export { launchShell } from './launch-shell';
export { AutostartField, DeviceKeyField, HubUrlField } from './settings-fields';
export type {
  SettingsError,
  SettingsErrorCode,
  SettingsSpec,
  SettingsStore,
  SettingsStoreOptions,
} from './settings-store';
export { createSettingsStore } from './settings-store';
export type { FocusableWindow, SingleInstanceApp } from './single-instance';
export { claimSingleInstance } from './single-instance';
export { shellStartUrl } from './start-url';
export { isTrustedUrl } from './trusted-url';
export type {
  ShellWebPreferences,
  ShellWindowInput,
  ShellWindowOptions,
  WindowMode,
} from './window-options';
export { shellWindowOptions } from './window-options';
