import type { LiveState, Ticket, WindowState } from '@cac/shared/domain';

/**
 * What the clerk's desk is doing, derived from the synced state alone (never from local memory),
 * so a reload, a second tab or a restart of the app shows exactly what the hub holds.
 */
export type Desk =
  | { kind: 'no-window' }
  | { kind: 'idle'; window: WindowState }
  | { kind: 'paused'; window: WindowState }
  | { kind: 'calling'; window: WindowState; ticket: Ticket }
  | { kind: 'serving'; window: WindowState; ticket: Ticket };

/** The window this clerk holds today (open or paused), or null. The domain allows one at most. */
export function myWindow(state: LiveState, userId: string): WindowState | null {
  for (const window of Object.values(state.windows)) {
    if (window.clerkId === userId && window.status !== 'closed') return window;
  }
  return null;
}

/** The desk of `userId` in `state`. */
export function deskOf(state: LiveState, userId: string): Desk {
  const window = myWindow(state, userId);
  if (!window) return { kind: 'no-window' };
  if (window.status === 'paused') return { kind: 'paused', window };
  const ticket = window.ticketId ? state.tickets[window.ticketId] : undefined;
  if (!ticket) return { kind: 'idle', window };
  return ticket.status === 'serving'
    ? { kind: 'serving', window, ticket }
    : { kind: 'calling', window, ticket };
}
