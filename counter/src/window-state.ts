import type { LiveState, WindowState } from '@cac/shared/domain';
import type { CounterMessageKey } from '@cac/shared/i18n';

/** What a window is doing, as the counter shows it. */
export type WindowActivity = {
  label: Extract<CounterMessageKey, `counter.window.${string}`>;
  /** The number of the ticket it holds, if any. */
  ticketNumber: string | null;
};

/**
 * closed → Cerrada; paused → En pausa; open with a called ticket → Llamando; open with a ticket
 * being served → Atendiendo; open and empty → Libre. A window that never opened today has no
 * runtime state yet and is closed.
 */
export function windowActivity(window: WindowState | undefined, state: LiveState): WindowActivity {
  if (!window || window.status === 'closed')
    return { label: 'counter.window.closed', ticketNumber: null };
  const ticket = window.ticketId ? state.tickets[window.ticketId] : undefined;
  const ticketNumber = ticket?.number ?? null;
  if (window.status === 'paused') return { label: 'counter.window.paused', ticketNumber };
  if (!ticket) return { label: 'counter.window.free', ticketNumber: null };
  return {
    label: ticket.status === 'serving' ? 'counter.window.serving' : 'counter.window.calling',
    ticketNumber,
  };
}
