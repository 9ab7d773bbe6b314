import type { IssuedTicket } from '@cac/shared/protocol';
import { useT } from '@cac/shared/react';
import type { ReactNode } from 'react';
import { useReturnHome } from './use-return-home';

/** Props of {@link TicketScreen}. */
export type TicketScreenProps = {
  ticket: IssuedTicket;
  serviceName: string;
  onDone: () => void;
};

/** The number just taken, huge, with the people ahead and the expected wait. */
export function TicketScreen({ ticket, serviceName, onDone }: TicketScreenProps): ReactNode {
  const t = useT();
  useReturnHome(onDone);
  return (
    <main className="kiosk-ticket">
      <h1 className="kiosk-ticket__heading">{t('kiosk.ticket.heading')}</h1>
      <p className="kiosk-ticket__label">{t('kiosk.ticket.yourNumber')}</p>
      <p className="kiosk-ticket__number" data-testid="ticket-number">
        {ticket.number}
      </p>
      <p className="kiosk-ticket__service">{serviceName}</p>
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
      <button type="button" className="kiosk-big-button" onClick={onDone}>
        {t('kiosk.ticket.back')}
      </button>
    </main>
  );
}
