import type { DisplayClientEvents } from '@cac/shared/protocol';
import { ConnectedHubProvider, UnpairedScreen, useDeviceKey, useT } from '@cac/shared/react';
import type { ReactNode } from 'react';
import { App } from './App';
import { RatingPad } from './rating-pad/rating-pad';
import { createPadRatingSender } from './rating-pad/send-pad-rating';

/** Props of {@link DisplayRoot}. */
export type DisplayRootProps = {
  /** The hub: the origin that served this page. */
  origin: string;
  /** `?pad=<windowId>`: this screen is the rating pad of that window instead of the hall display. */
  padWindowId?: string | null;
};

/** Finds the display's device key, then connects to the hub's /display namespace. */
export function DisplayRoot({ origin, padWindowId = null }: DisplayRootProps): ReactNode {
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
          {padWindowId ? (
            <RatingPad windowId={padWindowId} send={createPadRatingSender(origin, deviceKey.key)} />
          ) : (
            <App />
          )}
        </ConnectedHubProvider>
      );
  }
}
