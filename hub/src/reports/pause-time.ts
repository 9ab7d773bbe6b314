import type { ReportWindowEvent } from './report-source';

/** Pauses per clerk: how many and for how long (ms). */
export type ClerkPauses = Map<string, { pauses: number; pauseMs: number }>;

/**
 * Adds up pauses from the window events in ledger order. A pause belongs to the clerk who paused
 * and lasts until the window resumes or closes, or the day ends: its `day:closed`, now for today,
 * or else the last window event seen that day (a day never closed has no better end on record).
 */
export function pauseTimeByClerk(
  events: readonly ReportWindowEvent[],
  today: string,
  now: number,
): ClerkPauses {
  const result: ClerkPauses = new Map();
  const open = new Map<string, { clerkId: string; at: number; day: string }>();
  const lastSeen = new Map<string, number>();
  const end = (windowId: string, at: number) => {
    const pause = open.get(windowId);
    if (!pause) return;
    open.delete(windowId);
    const entry = result.get(pause.clerkId) ?? { pauses: 0, pauseMs: 0 };
    entry.pauses += 1;
    entry.pauseMs += Math.max(0, at - pause.at);
    result.set(pause.clerkId, entry);
  };
  const endDay = (day: string, at: number) => {
    for (const [windowId, pause] of open) if (pause.day === day) end(windowId, at);
  };
  for (const event of events) {
    lastSeen.set(event.day, Math.max(lastSeen.get(event.day) ?? 0, event.at));
    if (event.type === 'day:closed') {
      endDay(event.day, event.at);
      continue;
    }
    if (event.windowId === null) continue;
    if (event.type === 'window:paused') {
      // A pause of another day still open means that day was never closed.
      const stale = open.get(event.windowId);
      if (stale && stale.day !== event.day)
        end(event.windowId, lastSeen.get(stale.day) ?? stale.at);
      if (event.actorId !== null && !open.has(event.windowId)) {
        open.set(event.windowId, { clerkId: event.actorId, at: event.at, day: event.day });
      }
    } else {
      end(event.windowId, event.at);
    }
  }
  for (const [windowId, pause] of [...open]) {
    end(windowId, pause.day === today ? now : (lastSeen.get(pause.day) ?? pause.at));
  }
  return result;
}
