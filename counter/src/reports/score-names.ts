import type { CounterTextKey } from '../counter-text';

/** The five faces of the satisfaction survey, 1 (very bad) to 5 (very good). */
export const SCORES = [1, 2, 3, 4, 5] as const;

const SCORE_KEYS: Readonly<Record<number, CounterTextKey>> = {
  1: 'reports.score.1',
  2: 'reports.score.2',
  3: 'reports.score.3',
  4: 'reports.score.4',
  5: 'reports.score.5',
};

/** The catalog key of a score's name, or null for a score outside 1–5. */
export function scoreKey(score: number): CounterTextKey | null {
  return SCORE_KEYS[score] ?? null;
}
