/**
 * A running duration as a clerk reads it at a glance: `04:07`, or `1:02:09` past the hour.
 * Negative spans (a PC clock slightly behind the hub's) show as `00:00`, never as `-0:03`.
 */
export function formatElapsed(ms: number): string {
  const total = Math.max(0, Math.floor(ms / 1000));
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const seconds = total % 60;
  const mmss = `${String(minutes).padStart(2, '0')}:${String(seconds).padStart(2, '0')}`;
  return hours > 0 ? `${hours}:${mmss}` : mmss;
}

/** Whole minutes between two instants, never negative. */
export function wholeMinutes(from: number, to: number): number {
  return Math.max(0, Math.floor((to - from) / 60_000));
}
