import type { Language, MessageParams } from '@cac/shared/i18n';
import { formatMessage } from '@cac/shared/i18n';
import type { UiMessageKey } from '@cac/shared/react';
import { useLanguage } from '@cac/shared/react';
import { useMemo } from 'react';
import type { ClerkMessageKey } from './clerk-messages.es';
import type { ProcedureMessageKey } from './procedures/procedure-messages.es';
import type { SupervisorMessageKey } from './supervisor/messages';
import type { BackofficeMessageKey } from './backoffice/backoffice-messages.es';
import type { ReportsMessageKey } from './reports/reports-messages.es';
import type { AdminMessageKey } from './admin/admin-messages.es';
import { COUNTER_CATALOGS } from './messages';

/** Any sentence the counter shows: the shared UI catalogs plus the clerk's, the supervisor's and
 * the back office's. */
export type CounterTextKey =
  | UiMessageKey
  | ClerkMessageKey
  | SupervisorMessageKey
  | ProcedureMessageKey
  | BackofficeMessageKey
  | ReportsMessageKey
  | AdminMessageKey;

/** Renders a counter sentence in the current language. */
export type CounterTranslate = (key: CounterTextKey, params?: MessageParams) => string;

type Sentences = Readonly<Partial<Record<CounterTextKey, string>>>;
const CATALOGS: Readonly<Record<Language, Sentences>> = COUNTER_CATALOGS;

/** The translator of {@link useCounterT} for one language (tests and non-React helpers). */
export function counterTranslator(language: Language): CounterTranslate {
  const own = CATALOGS[language];
  // Same fallback as the shared `useT`: Spanish, then the key itself, so a gap shows on screen.
  return (key, params) => formatMessage(own[key] ?? CATALOGS.es[key] ?? key, params);
}

/**
 * `t(key, params?)` over the counter's catalogs. The shared `useT` is typed with the shared keys
 * only; the clerk's and supervisor's sentences are the counter's own, so it has its own translator.
 */
export function useCounterT(): CounterTranslate {
  const language = useLanguage();
  return useMemo(() => counterTranslator(language), [language]);
}
