import { createContext, useContext, useSyncExternalStore } from 'react';
import type { ReactNode } from 'react';
import type { HubClient, HubSnapshot } from '../client';
import type { CommonClientEvents } from '../protocol';

/**
 * Holds the face's hub client. Its event map is erased here (`never` accepts every command name)
 * because one provider serves every face; {@link useHub} gives it back its face's type.
 */
const HubContext = createContext<HubClient<never> | null>(null);

/** Props of {@link HubProvider}. */
export type HubProviderProps<Events extends CommonClientEvents> = {
  /** The real client from `createHubClient`, or a fake in tests. */
  client: HubClient<Events>;
  children: ReactNode;
};

/** Makes a hub client available to every component below it. */
export function HubProvider<Events extends CommonClientEvents>({
  client,
  children,
}: HubProviderProps<Events>): ReactNode {
  return <HubContext.Provider value={client}>{children}</HubContext.Provider>;
}

/** The hub client of the nearest {@link HubProvider}, typed with the face's event map. */
export function useHub<
  Events extends CommonClientEvents = CommonClientEvents,
>(): HubClient<Events> {
  const client = useContext(HubContext);
  if (!client) throw new Error('useHub() needs a <HubProvider> above it.');
  return client;
}

/** The hub snapshot (status, synced state, office…); re-renders the component when it changes. */
export function useHubState(): HubSnapshot {
  const client = useHub();
  return useSyncExternalStore(client.subscribe, client.getSnapshot, client.getSnapshot);
}
