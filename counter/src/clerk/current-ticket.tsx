import type { Ticket } from '@cac/shared/domain';
import { isPreferential } from '@cac/shared/domain';
import type { ServiceView } from '@cac/shared/protocol';
import { useLanguage } from '@cac/shared/react';
import type { ReactNode } from 'react';
import { useCounterT } from '../counter-text';
import { CATEGORY_KEYS } from './category-label';
import { formatElapsed } from './elapsed';
import { officeTime } from './office-time';

/** Props of {@link CurrentTicket}. */
export type CurrentTicketProps = {
  /** The ticket the window holds, or null when it is free. */
  ticket: Ticket | null;
  services: readonly ServiceView[];
  /** Hub time, ticking each second. */
  now: number;
  timeZone: string;
  /** Seconds until "No se presentó" is allowed, or null. */
  noShowInSeconds: number | null;
};

/**
 * The ticket at the window: its number large, the service and category, and a running timer —
 * since the latest call while the citizen walks up, then the service time once it started.
 */
export function CurrentTicket({
  ticket,
  services,
  now,
  timeZone,
  noShowInSeconds,
}: CurrentTicketProps): ReactNode {
  const t = useCounterT();
  const language = useLanguage();
  if (!ticket) {
    return (
      <section className="panel current" aria-labelledby="current-heading" data-state="idle">
        <h2 id="current-heading">{t('clerk.current.heading')}</h2>
        <p className="current__idle">{t('clerk.current.idle')}</p>
      </section>
    );
  }
  const service = services.find((candidate) => candidate.id === ticket.serviceId);
  const serving = ticket.status === 'serving';
  const since = serving ? (ticket.startedAt ?? now) : (ticket.calledAt ?? now);
  return (
    <section
      className="panel current"
      aria-labelledby="current-heading"
      data-state={serving ? 'serving' : 'calling'}
    >
      <h2 id="current-heading">{t('clerk.current.heading')}</h2>
      <div className="current__body">
        <div className="current__main">
          <p className="current__number" data-testid="current-number">
            {ticket.number}
          </p>
          <p className="current__status">
            <span className="current__badge">
              {t(serving ? 'clerk.current.serving' : 'clerk.current.calling')}
            </span>
            {!serving && <span>{t('clerk.current.calls', { count: ticket.callCount })}</span>}
          </p>
        </div>
        <div className="current__facts">
          <p className="current__timer-label" id="current-timer-label">
            {t(serving ? 'clerk.current.serviceTime' : 'clerk.current.sinceCall')}
          </p>
          <p className="current__timer" role="timer" aria-labelledby="current-timer-label">
            {formatElapsed(now - since)}
          </p>
          <p className="current__service">{service?.name ?? ticket.serviceId}</p>
          <p data-preferential={isPreferential(ticket.category) ? 'true' : undefined}>
            {t(CATEGORY_KEYS[ticket.category])}
          </p>
          <p>
            {t('clerk.current.arrived', {
              time: officeTime(ticket.arrivalAt, timeZone, language),
            })}
            {ticket.previousTicketId !== null && ` · ${t('clerk.current.transferred')}`}
          </p>
        </div>
      </div>
      {noShowInSeconds !== null && (
        <p className="current__hint">
          {t('clerk.current.noShowWait', { seconds: noShowInSeconds })}
        </p>
      )}
    </section>
  );
}
