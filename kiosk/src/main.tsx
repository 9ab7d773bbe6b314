import { I18nProvider, languageFromSearch } from '@cac/shared/react';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { KioskRoot } from './kiosk-root';
import { kioskSettingsFromSearch } from './kiosk-settings';
import { KioskSettingsProvider } from './kiosk-settings-context';
import { createExpedienteLookupApi } from './lookup/expediente-lookup-api';
import { ExpedienteLookupProvider } from './lookup/expediente-lookup-context';
import { KIOSK_CATALOGS } from './messages';
import { SILENT_SPEAKER } from './speech/speaker';
import { SpeakerProvider } from './speech/speaker-context';
import { createWebSpeaker } from './speech/web-speaker';
import { bridgeOf, createIframeHtmlPrinter, createTicketPrinter } from './ticket-printer';
import { TicketPrinterProvider } from './ticket-printer-context';
import './kiosk.css';

const language = languageFromSearch(window.location.search);
document.documentElement.lang = language;
document.title = KIOSK_CATALOGS[language]['kiosk.documentTitle'];

const settings = kioskSettingsFromSearch(window.location.search);
// Old browsers and some kiosk builds have no speech at all: the kiosk then simply has no voice.
const speaker =
  'speechSynthesis' in window && typeof SpeechSynthesisUtterance === 'function'
    ? createWebSpeaker(window.speechSynthesis)
    : SILENT_SPEAKER;
// In the Electron shell the bridge prints; in a browser the hub or the browser itself does.
const printer = createTicketPrinter({
  bridge: bridgeOf(window),
  printHtml: createIframeHtmlPrinter(document),
});

// The hub that served this page answers the lookup of expedientes too.
const lookup = createExpedienteLookupApi(window.location.origin, (input, init) =>
  window.fetch(input, init),
);

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root');
createRoot(container).render(
  <StrictMode>
    <I18nProvider language={language} catalogs={KIOSK_CATALOGS}>
      <KioskSettingsProvider settings={settings}>
        <SpeakerProvider speaker={speaker}>
          <TicketPrinterProvider printer={printer}>
            <ExpedienteLookupProvider api={lookup}>
              <KioskRoot origin={window.location.origin} />
            </ExpedienteLookupProvider>
          </TicketPrinterProvider>
        </SpeakerProvider>
      </KioskSettingsProvider>
    </I18nProvider>
  </StrictMode>,
);
