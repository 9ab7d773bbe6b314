import type { PreventableEvent } from './hardening';

/** The fields of Electron's `Input` (from `before-input-event`) the kiosk lock looks at. */
export type KeyInput = {
  type: string;
  key: string;
  control: boolean;
  meta: boolean;
  shift: boolean;
  alt: boolean;
};

/** The `webContents` events {@link lockKioskInput} listens to. */
export type KioskInputEvents = {
  'before-input-event': (event: PreventableEvent, input: KeyInput) => void;
  'zoom-changed': (event: PreventableEvent) => void;
};

/** The members of Electron's `WebContents` the kiosk lock uses. */
export type KioskInputContents = {
  on<K extends keyof KioskInputEvents>(event: K, listener: KioskInputEvents[K]): unknown;
  setVisualZoomLevelLimits(min: number, max: number): unknown;
  setZoomLevel(level: number): void;
};

const ALWAYS_BLOCKED = new Set([
  'F5',
  'F11',
  'F12',
  'BrowserRefresh',
  'BrowserBack',
  'BrowserForward',
]);
/** With Ctrl (Cmd on macOS): reload, zoom, close, print, find, new window or tab, view source. */
const BLOCKED_WITH_MODIFIER = new Set([
  'r',
  '+',
  '=',
  '-',
  '_',
  '0',
  'w',
  'p',
  'f',
  'n',
  't',
  'u',
  'o',
  's',
]);
/** With Ctrl+Shift (Cmd+Alt on macOS): the devtools' shortcuts. */
const DEVTOOLS = new Set(['i', 'j', 'c']);

/**
 * True for key presses that could leave a kiosk-mode window or change what the public sees:
 * reload (F5, Ctrl/Cmd+R), devtools (F12, Ctrl+Shift+I/J/C, Cmd+Alt+I), zoom (Ctrl +/-/0), full
 * screen (F11), close, print, find, new windows, history navigation with Alt+arrows. Plain typing
 * passes.
 */
export function isBlockedShortcut(input: KeyInput): boolean {
  if (ALWAYS_BLOCKED.has(input.key)) return true;
  const key = input.key.toLowerCase();
  const modifier = input.control || input.meta;
  if (modifier && BLOCKED_WITH_MODIFIER.has(key)) return true;
  if (modifier && (input.shift || input.alt) && DEVTOOLS.has(key)) return true;
  if (input.alt && (key === 'arrowleft' || key === 'arrowright' || key === 'home')) return true;
  return false;
}

/**
 * What a kiosk-mode window (kiosk, display) adds to the hardening: escaping shortcuts are
 * swallowed, and pinch and Ctrl+wheel zoom are undone. An ordinary window (counter) keeps them: a
 * clerk may reload or zoom.
 */
export function lockKioskInput(contents: KioskInputContents): void {
  contents.on('before-input-event', (event, input) => {
    if (isBlockedShortcut(input)) event.preventDefault();
  });
  contents.setVisualZoomLevelLimits(1, 1);
  contents.on('zoom-changed', (event) => {
    event.preventDefault();
    contents.setZoomLevel(0);
  });
}
