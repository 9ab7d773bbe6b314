import type { LiveState } from '@cac/shared/domain';

/** An attention that just ended at the pad's window. */
export type FinishedAttention = { ticketId: string; number: string };

/**
 * The attention that `next` shows finished at `windowId` compared with `previous`, if any. The
 * display receives the public state, where a finished ticket simply leaves the live tickets; it
 * counts as finished (not transferred, not sent back, not a no-show) when it left the window, is
 * no longer live, nothing continues it, and its service counts one more served. The hub checks
 * again when the rating arrives.
 */
export function finishedAtWindow(
  previous: LiveState | null,
  next: LiveState,
  windowId: string,
): FinishedAttention | null {
  const heldId = previous?.windows[windowId]?.ticketId ?? null;
  if (!previous || heldId === null) return null;
  if (next.windows[windowId]?.ticketId === heldId || next.tickets[heldId]) return null;
  const held = previous.tickets[heldId];
  if (!held) return null;
  if (Object.values(next.tickets).some((ticket) => ticket.previousTicketId === heldId)) return null;
  const servedBefore = previous.serviceStats[held.serviceId]?.served ?? 0;
  const servedAfter = next.serviceStats[held.serviceId]?.served ?? 0;
  return servedAfter > servedBefore ? { ticketId: heldId, number: held.number } : null;
}
