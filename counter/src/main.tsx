import { I18nProvider, languageFromSearch } from '@cac/shared/react';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { COUNTER_CATALOGS } from './messages';
import { createStaffApi } from './staff-api';
import type { SessionStore } from './staff-session';
import './counter.css';

const language = languageFromSearch(window.location.search);
document.documentElement.lang = language;
document.title = COUNTER_CATALOGS[language]['counter.documentTitle'];

// localStorage rather than sessionStorage: the issue asks the session to survive a restart of the
// app (the Electron shell, a browser closed by a power cut), not only a reload. Sign-out clears it
// and the hub ends staff sessions by itself after one long working day.
function sessionStore(): SessionStore | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

const origin = window.location.origin;
const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root');
createRoot(container).render(
  <StrictMode>
    <I18nProvider language={language} catalogs={COUNTER_CATALOGS}>
      <App
        origin={origin}
        api={createStaffApi(origin, (input, init) => window.fetch(input, init))}
        store={sessionStore()}
      />
    </I18nProvider>
  </StrictMode>,
);
