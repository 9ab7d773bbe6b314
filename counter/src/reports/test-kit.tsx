import { createFakeHubClient, sampleSyncSnapshot } from '@cac/shared/client';
import type { Language } from '@cac/shared/i18n';
import { COMMON_MESSAGES_EN, COMMON_MESSAGES_ES } from '@cac/shared/i18n';
import type { CounterClientEvents } from '@cac/shared/protocol';
import { HubProvider, I18nProvider } from '@cac/shared/react';
import { render } from '@testing-library/react';
import type { FakeReportsPort } from './fake-reports-port';
import { createFakeReportsPort } from './fake-reports-port';
import { ReportsPortProvider } from './reports-port';
import { ReportsView } from './reports-view';

// Test support for the reports' component tests (not a test file itself).

/** Monday 7 December 2026, 17:00 in Lima: the hub's clock in these tests. */
export const NOW = Date.parse('2026-12-07T17:00:00-05:00');

/** Renders the reports over the sample office (hub clock at {@link NOW}) and a fake port. */
export function renderReports(options: { port?: FakeReportsPort; language?: Language } = {}): {
  port: FakeReportsPort;
} {
  const port = options.port ?? createFakeReportsPort();
  const hub = createFakeHubClient<CounterClientEvents>();
  hub.receiveSnapshot(sampleSyncSnapshot());
  hub.update({ serverOffsetMs: NOW - Date.now() });
  render(
    <I18nProvider
      language={options.language ?? 'es'}
      catalogs={{ es: COMMON_MESSAGES_ES, en: COMMON_MESSAGES_EN }}
    >
      <HubProvider client={hub}>
        <ReportsPortProvider value={port}>
          <ReportsView />
        </ReportsPortProvider>
      </HubProvider>
    </I18nProvider>,
  );
  return { port };
}
