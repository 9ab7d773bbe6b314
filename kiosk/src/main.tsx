import { I18nProvider, languageFromSearch } from '@cac/shared/react';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { KioskRoot } from './kiosk-root';
import { KIOSK_CATALOGS } from './messages';
import './kiosk.css';

const language = languageFromSearch(window.location.search);
document.documentElement.lang = language;
document.title = KIOSK_CATALOGS[language]['kiosk.documentTitle'];

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root');
createRoot(container).render(
  <StrictMode>
    <I18nProvider language={language} catalogs={KIOSK_CATALOGS}>
      <KioskRoot origin={window.location.origin} />
    </I18nProvider>
  </StrictMode>,
);
