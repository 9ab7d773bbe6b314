import { createContext, useContext } from 'react';
import type { ReactNode } from 'react';
import type { KioskSettings } from './kiosk-settings';
import { DEFAULT_KIOSK_SETTINGS } from './kiosk-settings';

const KioskSettingsContext = createContext<KioskSettings>(DEFAULT_KIOSK_SETTINGS);

/** Props of {@link KioskSettingsProvider}. */
export type KioskSettingsProviderProps = { settings: KioskSettings; children: ReactNode };

/** Gives the screens below this device's settings (`main.tsx` reads them; tests pass their own). */
export function KioskSettingsProvider({
  settings,
  children,
}: KioskSettingsProviderProps): ReactNode {
  return <KioskSettingsContext.Provider value={settings}>{children}</KioskSettingsContext.Provider>;
}

/** This kiosk's settings; the defaults without a provider. */
export function useKioskSettings(): KioskSettings {
  return useContext(KioskSettingsContext);
}
