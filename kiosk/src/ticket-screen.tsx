import type { IssuedTicket, ServiceView } from '@cac/shared/protocol';
import { useLanguage, useT } from '@cac/shared/react';
import type { ReactNode } from 'react';
import { categoryLabel } from './category-label';
import { useKioskSettings } from './kiosk-settings-context';
import { ListenButton } from './listen-button';
import { ticketSpeech } from './speech/spoken-text';
import { useSpeakOnShow, useVoice } from './speech/voice';
import { StatusQr } from './status-qr';
import { useReturnHome } from './use-return-home';
import './ticket.css';

/** Props of {@link TicketScreen}. */
export type TicketScreenProps = {
  ticket: IssuedTicket;
  service: ServiceView;
  onDone: () => void;
};

/**
 * The number just taken, huge, with the service, the declared category (only its name: nothing
 * about the person), the people ahead, the expected wait and a QR code to follow the turn from a
 * phone. Spoken at once when voice guidance is on; back to Home by itself or on a touch.
 */
export function TicketScreen({ ticket, service, onDone }: TicketScreenProps): ReactNode {
  const t = useT();
  const language = useLanguage();
  const { returnAfterMs } = useKioskSettings();
  const { guidanceOn } = useVoice();
  useReturnHome(onDone, returnAfterMs);
  const speech = ticketSpeech(t, language, ticket);
  useSpeakOnShow(speech, guidanceOn);
  // The hub gives a path; a phone needs the whole address of the hub that issued the ticket.
  const statusUrl = new URL(ticket.statusUrl, document.baseURI).href;
  return (
    <main className="kiosk-ticket">
      <div className="kiosk-ticket__main">
        <h1 className="kiosk-ticket__heading">{t('kiosk.ticket.heading')}</h1>
        <p className="kiosk-ticket__label">{t('kiosk.ticket.yourNumber')}</p>
        <p className="kiosk-ticket__number" data-testid="ticket-number">
          {ticket.number}
        </p>
        <p className="kiosk-ticket__service">{service.name}</p>
        {ticket.category !== 'none' && (
          <p className="kiosk-ticket__category">
            {t('kiosk.ticket.category', { category: categoryLabel(t, ticket.category) })}
          </p>
        )}
        <p className="kiosk-ticket__ahead">
          {ticket.position === 0
            ? t('kiosk.ticket.nobodyAhead')
            : t('kiosk.ticket.ahead', { count: ticket.position })}
        </p>
        {ticket.estimatedWaitMin > 0 && (
          <p className="kiosk-ticket__wait">
            {t('kiosk.ticket.estimate', { minutes: ticket.estimatedWaitMin })}
          </p>
        )}
      </div>
      <figure className="kiosk-ticket__qr" data-url={statusUrl}>
        <StatusQr
          url={statusUrl}
          label={t('kiosk.ticket.qrLabel')}
          className="kiosk-ticket__qr-code"
        />
        <figcaption>{t('kiosk.ticket.qr')}</figcaption>
      </figure>
      <div className="kiosk-ticket__actions">
        <ListenButton text={speech} />
        <button type="button" className="kiosk-big-button" onClick={onDone}>
          {t('kiosk.ticket.back')}
        </button>
      </div>
    </main>
  );
}
