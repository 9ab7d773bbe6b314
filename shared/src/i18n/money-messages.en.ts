import type { MoneyProblem } from '../domain/money/money-problem';
import type { Catalog } from './languages';

/** English sentence for each money problem (amounts typed by a clerk, UIT configuration). */
export const MONEY_MESSAGES_EN: Catalog<MoneyProblem> = {
  language: 'en',
  reviewed: false,
  messages: {
    MONEY_EMPTY: 'Please enter the amount.',
    MONEY_FORMAT:
      'The amount is not valid. Write it with a point before the céntimos, for example 11.50 or 1,263.20.',
    MONEY_NEGATIVE: 'The amount cannot be negative.',
    MONEY_TOO_MANY_DECIMALS: 'The amount can have at most 2 decimals (the céntimos).',
    MONEY_TOO_LARGE: 'The amount is too large. Please check that it is written correctly.',
    PERCENT_FORMAT:
      'The UIT percentage is not valid. Write it with a decimal point, for example 4.68.',
    PERCENT_NEGATIVE: 'The UIT percentage cannot be negative.',
    UIT_YEAR_MISSING:
      'The UIT value for {year} is missing. Please ask an administrator to add it to the configuration.',
    UIT_INVALID:
      'The UIT value for {year} in the configuration is not valid. Please ask an administrator to correct it.',
  },
};
