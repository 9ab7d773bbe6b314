import type { Result } from '../../protocol/result';

/**
 * Stable codes for what can be wrong with an amount, a UIT percentage or the UIT table. Programs
 * match on these; people read the sentence the i18n money catalog holds for each one.
 */
export const MONEY_PROBLEMS = [
  'MONEY_EMPTY',
  'MONEY_FORMAT',
  'MONEY_NEGATIVE',
  'MONEY_TOO_MANY_DECIMALS',
  'MONEY_TOO_LARGE',
  'PERCENT_FORMAT',
  'PERCENT_NEGATIVE',
  'UIT_YEAR_MISSING',
  'UIT_INVALID',
] as const;

/** One of {@link MONEY_PROBLEMS}. */
export type MoneyProblem = (typeof MONEY_PROBLEMS)[number];

/** Why a money operation gave no amount; `params` fill the catalog sentence, e.g. `{ year: 2027 }`. */
export type MoneyFailure = {
  problem: MoneyProblem;
  params?: Readonly<Record<string, string | number>>;
};

/** An amount (or other value) computed from money rules, or the reason there is none. */
export type MoneyResult<T> = Result<T, MoneyFailure>;
