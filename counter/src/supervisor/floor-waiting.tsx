import type { LiveState } from '@cac/shared/domain';
import type { OfficeView } from '@cac/shared/protocol';
import type { ReactNode } from 'react';
import { useId, useState } from 'react';
import { ElapsedTime } from './elapsed-time';
import type { FloorTicket } from './floor-model';
import { waitingTickets } from './floor-model';
import { useCounterT } from '../counter-text';

/** Props of {@link FloorWaiting}. */
export type FloorWaitingProps = {
  office: OfficeView;
  state: LiveState;
  now: number;
  onMove: (ticket: FloorTicket) => void;
  onCancel: (ticket: FloorTicket) => void;
};

/**
 * The waiting tickets, longest wait first, of every service or of one: where to move a citizen
 * who took the wrong queue, or cancel the ticket of one who left.
 */
export function FloorWaiting({
  office,
  state,
  now,
  onMove,
  onCancel,
}: FloorWaitingProps): ReactNode {
  const t = useCounterT();
  const filterId = useId();
  const [serviceId, setServiceId] = useState<string>('');
  const tickets = waitingTickets(state, serviceId === '' ? null : serviceId);
  const serviceNames = new Map(office.services.map((service) => [service.id, service.name]));
  const windowNames = new Map(office.windows.map((window) => [window.id, window.name]));
  return (
    <section
      className="panel floor-panel floor-panel--wide"
      aria-labelledby="floor-waiting-heading"
    >
      <div className="floor-panel__header">
        <h3 id="floor-waiting-heading">{t('supervisor.waiting.heading')}</h3>
        <div className="floor-field floor-field--inline">
          <label htmlFor={filterId}>{t('supervisor.waiting.filter')}</label>
          <select
            id={filterId}
            value={serviceId}
            onChange={(event) => setServiceId(event.target.value)}
          >
            <option value="">{t('supervisor.waiting.all')}</option>
            {office.services.map((service) => (
              <option key={service.id} value={service.id}>
                {service.name}
              </option>
            ))}
          </select>
        </div>
        <p className="floor-panel__count">
          {t('supervisor.waiting.count', { count: tickets.length })}
        </p>
      </div>
      {tickets.length === 0 ? (
        <p>{t('supervisor.waiting.empty')}</p>
      ) : (
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">{t('supervisor.waiting.number')}</th>
              <th scope="col">{t('supervisor.waiting.service')}</th>
              <th scope="col">{t('supervisor.waiting.attention')}</th>
              <th scope="col">{t('supervisor.waiting.waited')}</th>
              <th scope="col">{t('supervisor.waiting.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {tickets.map((ticket) => (
              <tr key={ticket.id}>
                <th scope="row" className="data-table__number">
                  {ticket.number}
                </th>
                <td>
                  {serviceNames.get(ticket.serviceId) ?? ticket.serviceId}
                  {ticket.reservedWindowId ? (
                    <span className="floor-state__detail">
                      {t('supervisor.waiting.reserved', {
                        window: windowNames.get(ticket.reservedWindowId) ?? ticket.reservedWindowId,
                      })}
                    </span>
                  ) : null}
                  {ticket.transferred ? (
                    <span className="floor-state__detail">
                      {t('supervisor.waiting.transferred')}
                    </span>
                  ) : null}
                </td>
                <td>
                  {ticket.category === 'none'
                    ? t('supervisor.waiting.general')
                    : t(`supervisor.category.${ticket.category}`)}
                </td>
                <td className="data-table__number">
                  <ElapsedTime from={ticket.arrivalAt} now={now} />
                </td>
                <td>
                  <div className="floor-actions">
                    <button
                      type="button"
                      className="button floor-action"
                      aria-label={t('supervisor.waiting.moveNamed', { number: ticket.number })}
                      onClick={() => onMove(ticket)}
                    >
                      {t('supervisor.waiting.move')}
                    </button>
                    <button
                      type="button"
                      className="button floor-action"
                      aria-label={t('supervisor.waiting.cancelNamed', { number: ticket.number })}
                      onClick={() => onCancel(ticket)}
                    >
                      {t('supervisor.waiting.cancel')}
                    </button>
                  </div>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
