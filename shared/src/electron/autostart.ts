/** The member of Electron's `app` that registers the login item. */
export type LoginItemApp = {
  setLoginItemSettings(settings: {
    openAtLogin: boolean;
    openAsHidden?: boolean;
    args?: string[];
  }): void;
};

/**
 * Starts the shell when the operating system's session opens, as the settings say. A development
 * run (not packaged) never touches the login items: it would register the bare Electron binary.
 * Returns what was applied, or null when nothing was done.
 */
export function applyAutostart(
  app: LoginItemApp,
  settings: { autostart: boolean },
  options: { isPackaged: boolean },
): { openAtLogin: boolean } | null {
  if (!options.isPackaged) return null;
  const applied = { openAtLogin: settings.autostart };
  app.setLoginItemSettings(applied);
  return applied;
}
