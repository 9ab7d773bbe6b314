import { I18nProvider, languageFromSearch } from '@cac/shared/react';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { DisplayRoot } from './display-root';
import { DISPLAY_CATALOGS } from './messages';
import './display.css';

const language = languageFromSearch(window.location.search);
document.documentElement.lang = language;
document.title = DISPLAY_CATALOGS[language]['display.documentTitle'];

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root');
createRoot(container).render(
  <StrictMode>
    <I18nProvider language={language} catalogs={DISPLAY_CATALOGS}>
      <DisplayRoot origin={window.location.origin} />
    </I18nProvider>
  </StrictMode>,
);
