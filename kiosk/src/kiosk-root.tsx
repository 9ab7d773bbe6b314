import type { KioskClientEvents } from '@cac/shared/protocol';
import { ConnectedHubProvider, UnpairedScreen, useDeviceKey, useT } from '@cac/shared/react';
import type { ReactNode } from 'react';
import { App } from './App';
import { OutOfServiceScreen } from './out-of-service-screen';

/** Props of {@link KioskRoot}. */
export type KioskRootProps = {
  /** The hub: the origin that served this page. */
  origin: string;
};

/** Finds the kiosk's device key, then connects to the hub's /kiosk namespace. */
export function KioskRoot({ origin }: KioskRootProps): ReactNode {
  const deviceKey = useDeviceKey('kiosk');
  const t = useT();
  switch (deviceKey.status) {
    case 'loading':
      return <p className="kiosk-loading">{t('common.loading')}</p>;
    case 'unpaired':
      return <UnpairedScreen />;
    case 'unreachable':
      return <OutOfServiceScreen />;
    case 'ready':
      return (
        <ConnectedHubProvider<KioskClientEvents>
          url={origin}
          namespace="kiosk"
          token={deviceKey.key}
        >
          <App />
        </ConnectedHubProvider>
      );
  }
}
