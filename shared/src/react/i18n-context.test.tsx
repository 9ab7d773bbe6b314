import { render, screen } from '@testing-library/react';
import { COMMON_MESSAGES_ES, KIOSK_MESSAGES_EN, KIOSK_MESSAGES_ES } from '../i18n';
import { I18nProvider, useT } from './i18n-context';
import type { UiMessageKey } from './ui-messages';

function Sentence({ k, count }: { k: UiMessageKey; count?: number }) {
  const t = useT();
  return <p>{t(k, count === undefined ? undefined : { count })}</p>;
}

describe('I18nProvider', () => {
  it('speaks Spanish by default and fills plurals', () => {
    render(
      <I18nProvider
        language="es"
        catalogs={{ es: { ...COMMON_MESSAGES_ES, ...KIOSK_MESSAGES_ES } }}
      >
        <Sentence k="kiosk.service.waiting" count={1} />
        <Sentence k="kiosk.service.waiting" count={3} />
      </I18nProvider>,
    );
    expect(screen.getByText('1 persona esperando')).toBeInTheDocument();
    expect(screen.getByText('3 personas esperando')).toBeInTheDocument();
  });

  it('falls back to Spanish for a key the other language lacks', () => {
    render(
      <I18nProvider
        language="en"
        catalogs={{ es: { ...COMMON_MESSAGES_ES, ...KIOSK_MESSAGES_ES }, en: KIOSK_MESSAGES_EN }}
      >
        <Sentence k="kiosk.ticket.nobodyAhead" />
        <Sentence k="common.loading" />
      </I18nProvider>,
    );
    expect(screen.getByText('You are next')).toBeInTheDocument();
    expect(screen.getByText('Cargando…')).toBeInTheDocument();
  });
});
