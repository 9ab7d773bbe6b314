import type { IssuedTicket, PrintOutcome, ServiceView } from '@cac/shared/protocol';
import { useLanguage, useT } from '@cac/shared/react';
import type { ReactNode } from 'react';
import { useEffect, useEffectEvent } from 'react';
import { categoryLabel } from './category-label';
import { useKioskSettings } from './kiosk-settings-context';
import { ListenButton } from './listen-button';
import { notPrintedSpeech, ticketSpeech } from './speech/spoken-text';
import { useSpeakOnShow, useVoice } from './speech/voice';
import { StatusQr } from './status-qr';
import { useReturnHome } from './use-return-home';
import './ticket.css';

/** Props of {@link TicketScreen}. */
export type TicketScreenProps = {
  ticket: IssuedTicket;
  service: ServiceView;
  onDone: () => void;
  /**
   * How the hub's printing of a ticket went (`print:result`), when the kiosk runs in a plain
   * browser and the hub prints for it; only an outcome for this ticket counts. Null while unknown.
   */
  printOutcome?: PrintOutcome | null;
};

/**
 * The number just taken, huge, with the service, the declared category (only its name: nothing
 * about the person), the people ahead, the expected wait and a QR code to follow the turn from a
 * phone. Spoken at once when voice guidance is on; back to Home by itself or on a touch. When the
 * hub reports that the ticket could not be printed, a large notice asks the citizen to remember
 * the number (said aloud with voice guidance) and the screen stays twice as long.
 */
export function TicketScreen({
  ticket,
  service,
  onDone,
  printOutcome = null,
}: TicketScreenProps): ReactNode {
  const t = useT();
  const language = useLanguage();
  const { returnAfterMs } = useKioskSettings();
  const { guidanceOn, say } = useVoice();
  const notPrinted = printOutcome?.ticketId === ticket.id && !printOutcome.ok;
  useReturnHome(onDone, notPrinted ? returnAfterMs * 2 : returnAfterMs);
  const ticketSpoken = ticketSpeech(t, language, ticket);
  useSpeakOnShow(ticketSpoken, guidanceOn);
  const failureSpoken = notPrintedSpeech(t, language, ticket);
  const announceFailure = useEffectEvent(() => {
    if (guidanceOn) say(failureSpoken);
  });
  useEffect(() => {
    if (notPrinted) announceFailure();
  }, [notPrinted]);
  const speech = notPrinted ? `${failureSpoken} ${ticketSpoken}` : ticketSpoken;
  // The hub gives a path; a phone needs the whole address of the hub that issued the ticket.
  const statusUrl = new URL(ticket.statusUrl, document.baseURI).href;
  return (
    <main className="kiosk-ticket">
      <div className="kiosk-ticket__main">
        {notPrinted ? (
          <div role="alert" className="kiosk-ticket__not-printed">
            <h1 className="kiosk-ticket__heading">{t('kiosk.ticket.notPrinted.heading')}</h1>
            {/* A space, so the alert reads as two sentences, not "ticket.Recuerde". */}{' '}
            <p>{t('kiosk.ticket.notPrinted.body', { number: ticket.number })}</p>
          </div>
        ) : (
          <h1 className="kiosk-ticket__heading">{t('kiosk.ticket.heading')}</h1>
        )}
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
