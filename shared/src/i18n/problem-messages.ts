import type { IdentityProblem } from '../domain/identity/identity-check';
import type { MoneyFailure } from '../domain/money/money-problem';
import { IDENTITY_CATALOGS, MONEY_CATALOGS } from './message-catalogs';
import { formatMessage } from './format-message';
import type { Language } from './languages';
import { DEFAULT_LANGUAGE, isLanguage } from './languages';

/** The sentence for an identity-number problem (or warning), e.g. "El RUC debe tener 11 dígitos." */
export function identityProblemMessage(
  problem: IdentityProblem,
  lang: Language = DEFAULT_LANGUAGE,
): string {
  const language = isLanguage(lang) ? lang : DEFAULT_LANGUAGE;
  return IDENTITY_CATALOGS[language].messages[problem];
}

/** The sentence for a money problem, with its parameters (such as the missing UIT `year`) filled. */
export function moneyProblemMessage(
  failure: MoneyFailure,
  lang: Language = DEFAULT_LANGUAGE,
): string {
  const language = isLanguage(lang) ? lang : DEFAULT_LANGUAGE;
  return formatMessage(MONEY_CATALOGS[language].messages[failure.problem], failure.params);
}
