import { useEffect, useState } from 'react';
import type { ReactNode } from 'react';
import type { HubClient, HubClientOptions } from '../client';
import { createHubClient } from '../client';
import type { CommonClientEvents, NamespaceName } from '../protocol';
import { HubProvider } from './hub-context';

/** Props of {@link ConnectedHubProvider}. */
export type ConnectedHubProviderProps = {
  /** Origin of the hub: the page's own origin in production. */
  url: string;
  namespace: NamespaceName;
  token: string;
  /** Builds the client; `createHubClient` unless a test injects a fake. */
  create?: (options: HubClientOptions) => HubClient<never>;
  children: ReactNode;
};

/**
 * Opens a real hub connection for the components below it and closes it when unmounted or when
 * the credentials change. Faces use it in `main.tsx`; tests use `HubProvider` with a fake.
 */
export function ConnectedHubProvider<Events extends CommonClientEvents>({
  url,
  namespace,
  token,
  create,
  children,
}: ConnectedHubProviderProps): ReactNode {
  const [client, setClient] = useState<HubClient<Events> | null>(null);
  useEffect(() => {
    // The connection is an external resource owned by this effect: created here, not during
    // render, so React's double mount in development closes the first one instead of leaking it,
    // and handed to render through state because render must not create it.
    const options: HubClientOptions = { url, namespace, token };
    const created: HubClient<Events> = create ? create(options) : createHubClient<Events>(options);
    // eslint-disable-next-line react-hooks/set-state-in-effect -- see above
    setClient(created);
    return () => created.close();
  }, [url, namespace, token, create]);
  if (!client) return null;
  return <HubProvider client={client}>{children}</HubProvider>;
}
