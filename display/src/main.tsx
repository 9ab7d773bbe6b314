import { I18nProvider, languageFromSearch } from '@cac/shared/react';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { browserEnvironment } from './browser-environment';
import { DisplayEnvironmentProvider } from './display-environment';
import { DisplayRoot } from './display-root';
import { DISPLAY_CATALOGS } from './messages';
import { padWindowOf } from './rating-pad/pad-window';
import './display.css';

const language = languageFromSearch(window.location.search);
document.documentElement.lang = language;
document.title = DISPLAY_CATALOGS[language]['display.documentTitle'];
// Read before the device key is taken out of the address; made once for the page's life.
const environment = browserEnvironment(window.location.search, import.meta.env.BASE_URL);
const padWindowId = padWindowOf(window.location.search);

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root');
createRoot(container).render(
  <StrictMode>
    <I18nProvider language={language} catalogs={DISPLAY_CATALOGS}>
      <DisplayEnvironmentProvider environment={environment}>
        <DisplayRoot origin={window.location.origin} padWindowId={padWindowId} />
      </DisplayEnvironmentProvider>
    </I18nProvider>
  </StrictMode>,
);
