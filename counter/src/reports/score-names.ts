import type { CounterTextKey, CounterTranslate } from '../counter-text';
import { catalogName } from './catalog-name';

/** The five faces of the satisfaction survey, 1 (very bad) to 5 (very good). */
export const SCORES = [1, 2, 3, 4, 5] as const;

const SCORE_KEYS: Readonly<Record<string, CounterTextKey>> = {
  1: 'reports.score.1',
  2: 'reports.score.2',
  3: 'reports.score.3',
  4: 'reports.score.4',
  5: 'reports.score.5',
};

/** A score's name ("4 Bien"), or its number for a score outside 1–5. */
export function scoreName(score: number, t: CounterTranslate): string {
  return catalogName(SCORE_KEYS, score, t);
}
