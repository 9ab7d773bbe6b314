import { createFakeHubClient, sampleSyncSnapshot } from '@cac/shared/client';
import type { FakeHubClient } from '@cac/shared/client';
import type { Language } from '@cac/shared/i18n';
import type { IssuedTicket, KioskClientEvents, SyncSnapshot } from '@cac/shared/protocol';
import { HubProvider, I18nProvider } from '@cac/shared/react';
import { render } from '@testing-library/react';
import type { RenderResult } from '@testing-library/react';
import type { ReactNode } from 'react';
import type { KioskSettings } from '../kiosk-settings';
import { DEFAULT_KIOSK_SETTINGS } from '../kiosk-settings';
import { KioskSettingsProvider } from '../kiosk-settings-context';
import { createExpedienteLookupApi } from '../lookup/expediente-lookup-api';
import { ExpedienteLookupProvider } from '../lookup/expediente-lookup-context';
import { KIOSK_CATALOGS } from '../messages';
import { createFakeSpeaker } from '../speech/fake-speaker';
import type { FakeSpeaker } from '../speech/fake-speaker';
import { SpeakerProvider } from '../speech/speaker-context';
import type { TicketPrinter } from '../ticket-printer';
import { NO_TICKET_PRINTER } from '../ticket-printer';
import { TicketPrinterProvider } from '../ticket-printer-context';

// Component-test helpers: every kiosk screen rendered the way main.tsx renders it, with the fake
// hub client and a fake speaker injected through context.

/** What {@link renderWithKiosk} gives the test. */
export type KioskHarness = Pick<RenderResult, 'container' | 'rerender' | 'unmount'> & {
  client: FakeHubClient<KioskClientEvents>;
  speaker: FakeSpeaker;
};

/** Options of {@link renderWithKiosk}. */
export type KioskHarnessOptions = {
  client?: FakeHubClient<KioskClientEvents>;
  speaker?: FakeSpeaker;
  settings?: Partial<KioskSettings>;
  /** The device's language (`?lang=`). */
  language?: Language;
  /** How tickets are printed; nothing is printed unless told. */
  printer?: TicketPrinter;
  /** What answers the expediente lookup's HTTP requests (see `createFakeFetch`); none by default. */
  fetch?: typeof fetch;
};

/** The origin the lookup asks in component tests. */
export const TEST_HUB_ORIGIN = 'http://hub.test';

/**
 * Fake timers for the kiosk's countdowns: the timers and the clock, which also creep forward with
 * real time, because Testing Library waits for a `setTimeout(0)` after each `userEvent` action
 * and only knows how to flush Jest's fake timers, not Vitest's. Tests leave a margin accordingly.
 */
export const FAKE_TIMERS = {
  toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'],
  shouldAdvanceTime: true,
} as const satisfies Parameters<typeof vi.useFakeTimers>[0];

/** A fake hub client that already holds the sample office (three services, four people waiting). */
export function onlineClient(
  snapshot: SyncSnapshot = sampleSyncSnapshot(),
): FakeHubClient<KioskClientEvents> {
  const client = createFakeHubClient<KioskClientEvents>();
  client.receiveSnapshot(snapshot);
  return client;
}

/** Renders `ui` inside the kiosk's providers. */
export function renderWithKiosk(ui: ReactNode, options: KioskHarnessOptions = {}): KioskHarness {
  const client = options.client ?? onlineClient();
  const speaker = options.speaker ?? createFakeSpeaker();
  const settings = { ...DEFAULT_KIOSK_SETTINGS, ...options.settings };
  const lookup = createExpedienteLookupApi(
    TEST_HUB_ORIGIN,
    options.fetch ?? (() => Promise.reject(new TypeError('No fetch in this test'))),
  );
  // A wrapper rather than a wrapped element, so `rerender` keeps the providers (and the state).
  function Providers({ children }: { children: ReactNode }): ReactNode {
    return (
      <I18nProvider language={options.language ?? 'es'} catalogs={KIOSK_CATALOGS}>
        <KioskSettingsProvider settings={settings}>
          <SpeakerProvider speaker={speaker}>
            <TicketPrinterProvider printer={options.printer ?? NO_TICKET_PRINTER}>
              <ExpedienteLookupProvider api={lookup}>
                <HubProvider client={client}>{children}</HubProvider>
              </ExpedienteLookupProvider>
            </TicketPrinterProvider>
          </SpeakerProvider>
        </KioskSettingsProvider>
      </I18nProvider>
    );
  }
  const { container, rerender, unmount } = render(ui, { wrapper: Providers });
  return { container, rerender, unmount, client, speaker };
}

/** A ticket as the hub acknowledges `ticket:take`. */
export function issuedTicket(patch: Partial<IssuedTicket> = {}): IssuedTicket {
  return {
    id: 'registro-civil-23',
    number: 'R-023',
    serviceId: 'registro-civil',
    category: 'none',
    status: 'waiting',
    position: 4,
    estimatedWaitMin: 16,
    issuedAt: '2025-03-10T14:10:00.000Z',
    accessKey: 'k3y',
    statusUrl: '/api/v1/tickets/registro-civil-23?k=k3y',
    ...patch,
  };
}
