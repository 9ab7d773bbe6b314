import type { DisplayClientEvents } from '@cac/shared/protocol';
import { ConnectedHubProvider, UnpairedScreen, useDeviceKey, useT } from '@cac/shared/react';
import type { ReactNode } from 'react';
import { App } from './App';

/** Props of {@link DisplayRoot}. */
export type DisplayRootProps = {
  /** The hub: the origin that served this page. */
  origin: string;
};

/** Finds the display's device key, then connects to the hub's /display namespace. */
export function DisplayRoot({ origin }: DisplayRootProps): ReactNode {
  const deviceKey = useDeviceKey('display');
  const t = useT();
  switch (deviceKey.status) {
    case 'loading':
      return <p className="display-waiting">{t('common.loading')}</p>;
    case 'unreachable':
      return <p className="display-waiting">{t('common.connection.connecting')}</p>;
    case 'unpaired':
      return <UnpairedScreen />;
    case 'ready':
      return (
        <ConnectedHubProvider<DisplayClientEvents>
          url={origin}
          namespace="display"
          token={deviceKey.key}
        >
          <App />
        </ConnectedHubProvider>
      );
  }
}
