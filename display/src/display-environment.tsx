import { createContext, useContext, useMemo } from 'react';
import type { ReactNode } from 'react';
import type { MediaListing } from './media/media-listing';
import { NO_MEDIA } from './media/media-listing';
import type { DisplaySettings } from './settings/display-settings';
import { DEFAULT_DISPLAY_SETTINGS } from './settings/display-settings';
import type { Announcer } from './speech/announcer';

/**
 * What the screen gets from the machine it runs on: its settings, its voice and the hub's media.
 * `main.tsx` gives the browser's; component tests give fakes.
 */
export type DisplayEnvironment = {
  settings: DisplaySettings;
  announcer: Announcer;
  loadMedia: () => Promise<MediaListing>;
};

/** A screen that says nothing: every announcement is `muted`. */
const SILENT_ANNOUNCER: Announcer = {
  announce: () => Promise.resolve('muted'),
  getSoundState: () => 'off',
  subscribe: () => () => undefined,
  unlock: () => undefined,
  dispose: () => undefined,
};

const DEFAULT_ENVIRONMENT: DisplayEnvironment = {
  settings: DEFAULT_DISPLAY_SETTINGS,
  announcer: SILENT_ANNOUNCER,
  loadMedia: () => Promise.resolve(NO_MEDIA),
};

const DisplayEnvironmentContext = createContext<DisplayEnvironment>(DEFAULT_ENVIRONMENT);

/** Props of {@link DisplayEnvironmentProvider}. */
export type DisplayEnvironmentProviderProps = {
  environment: Partial<DisplayEnvironment>;
  children: ReactNode;
};

/** Gives the screen its environment; whatever is left out keeps the silent, media-less default. */
export function DisplayEnvironmentProvider({
  environment,
  children,
}: DisplayEnvironmentProviderProps): ReactNode {
  const value = useMemo(() => ({ ...DEFAULT_ENVIRONMENT, ...environment }), [environment]);
  return (
    <DisplayEnvironmentContext.Provider value={value}>
      {children}
    </DisplayEnvironmentContext.Provider>
  );
}

/** The nearest provider's environment. */
export function useDisplayEnvironment(): DisplayEnvironment {
  return useContext(DisplayEnvironmentContext);
}
