import { useHubState, useNow } from '@cac/shared/react';
import type { ReactNode } from 'react';
import { useCallback, useEffect, useRef, useState } from 'react';
import { CancelTicketDialog } from './cancel-ticket-dialog';
import { CloseWindowDialog } from './close-window-dialog';
import { FloorKiosks } from './floor-kiosks';
import { FloorServices } from './floor-services';
import { FloorWaiting } from './floor-waiting';
import { FloorWindows } from './floor-windows';
import { MoveTicketDialog } from './move-ticket-dialog';
import { useCounterT } from '../counter-text';
import './supervisor.css';

/** The action whose dialog is open. */
type FloorAction =
  | { kind: 'cancel'; ticketId: string; number: string }
  | { kind: 'move'; ticketId: string; number: string }
  | { kind: 'close'; windowId: string; windowName: string };

/** Elapsed times tick every second; everything else changes with the hub's events. */
const TICK_MS = 1000;

/**
 * The supervisor's live floor: every window with its state, clerk, ticket and time; every
 * service's queue with its longest wait against its target; the waiting tickets, to move or
 * cancel; and each kiosk's connection and printer. Reads everything from the face's hub client
 * (`HubProvider` on the `/counter` namespace) and needs no props. For supervisors and admins:
 * a clerk's session sees a short notice instead (the hub would refuse the actions anyway).
 */
export function SupervisorFloor(): ReactNode {
  const { office, state, session, kiosks, serverOffsetMs } = useHubState();
  const t = useCounterT();
  const now = useNow(serverOffsetMs, TICK_MS);
  const [action, setAction] = useState<FloorAction | null>(null);
  const [notice, setNotice] = useState('');
  const headingRef = useRef<HTMLHeadingElement>(null);
  /** The last action succeeded: the focus goes to the heading once its dialog has closed. */
  const focusHeading = useRef(false);
  const close = useCallback(() => setAction(null), []);
  const done = useCallback((message: string) => {
    focusHeading.current = true;
    setNotice(message);
    setAction(null);
  }, []);
  const fallbackFocus = useCallback(() => headingRef.current, []);
  // A successful action always removes the button that opened it (the ticket's row leaves the
  // list or is replaced by its moved record; a closed window has no "Cerrar"), but the hub
  // acknowledges before it broadcasts, so the dialog closes while that button is still there and
  // would hand it the focus just before it vanishes, dropping the focus on the page's body.
  // Passive effects run after the dialog's clean-up in the same commit, so this one wins.
  useEffect(() => {
    if (action !== null || !focusHeading.current) return;
    focusHeading.current = false;
    headingRef.current?.focus();
  }, [action]);

  if (!office || !state || !session) {
    return (
      <p className="floor-loading" role="status">
        {t('supervisor.loading')}
      </p>
    );
  }
  if (session.kind !== 'user' || session.role === 'clerk') {
    return <p className="floor-loading">{t('supervisor.notAllowed')}</p>;
  }

  const dialogProps = { onDone: done, onClose: close, fallbackFocus };
  return (
    <div className="floor">
      <div className="floor__header">
        <h2 className="floor__title" ref={headingRef} tabIndex={-1}>
          {t('supervisor.heading')}
        </h2>
        <p className="floor__notice" role="status">
          {notice}
        </p>
      </div>
      <div className="floor__grid">
        <FloorWindows
          office={office}
          state={state}
          now={now}
          onClose={(window) => {
            setNotice('');
            setAction({ kind: 'close', windowId: window.id, windowName: window.name });
          }}
        />
        {/* Queues and kiosks share the right column, so a printer in trouble shows without
            scrolling; the waiting list, which grows, goes below. */}
        <div className="floor__column">
          <FloorServices office={office} state={state} now={now} />
          <FloorKiosks kiosks={kiosks} timeZone={office.timeZone} />
        </div>
        <FloorWaiting
          office={office}
          state={state}
          now={now}
          onMove={(ticket) => {
            setNotice('');
            setAction({ kind: 'move', ticketId: ticket.id, number: ticket.number });
          }}
          onCancel={(ticket) => {
            setNotice('');
            setAction({ kind: 'cancel', ticketId: ticket.id, number: ticket.number });
          }}
        />
      </div>
      {action?.kind === 'cancel' ? (
        <CancelTicketDialog ticketId={action.ticketId} number={action.number} {...dialogProps} />
      ) : null}
      {action?.kind === 'move' ? (
        <MoveTicketDialog ticketId={action.ticketId} number={action.number} {...dialogProps} />
      ) : null}
      {action?.kind === 'close' ? (
        <CloseWindowDialog
          windowId={action.windowId}
          windowName={action.windowName}
          {...dialogProps}
        />
      ) : null}
    </div>
  );
}
