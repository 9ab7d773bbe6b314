import type { HubClient } from '@cac/shared/client';
import type { Language } from '@cac/shared/i18n';
import type { AppError, CounterClientEvents, Result } from '@cac/shared/protocol';
import { ERROR_CODES } from '@cac/shared/protocol';
import type { Translate } from '@cac/shared/react';
import { describeError, useHub, useLanguage, useT } from '@cac/shared/react';
import { useMemo } from 'react';
import type { PortAnswer, ProcedurePort } from './procedure-port';

const KNOWN_CODES: ReadonlySet<string> = new Set(ERROR_CODES);

/**
 * The refusal as the clerk reads it: the hub's Spanish sentence, or the counter's own for what
 * happened on the client's side (no connection, no answer in time), in the page's language.
 */
async function spoken<T>(
  answer: Promise<Result<T, AppError>>,
  t: Translate,
  language: Language,
): PortAnswer<T> {
  const result = await answer;
  if (result.ok) return result;
  const { error } = result;
  const message = KNOWN_CODES.has(error.code) ? describeError(error, t, language) : error.message;
  return { ok: false, error: { code: error.code, message } };
}

/**
 * The procedure port over the face's hub client (`request` on `/counter`). Commands that create
 * something carry their own `requestId` or `paymentId`, so they are retried once after a timeout
 * (the hub answers a repeated id with the first result); reading debts too. A reprint is never
 * retried: a lost answer must not print the cargo twice.
 */
export function hubProcedurePort(
  hub: HubClient<CounterClientEvents>,
  t: Translate,
  language: Language,
): ProcedurePort {
  const once = { retries: 1 } as const;
  return {
    actaCopy: (input) => spoken(hub.request('procedure:acta-copy', input, once), t, language),
    licence: (input) => spoken(hub.request('procedure:licence', input, once), t, language),
    intake: (input) => spoken(hub.request('procedure:intake', input, once), t, language),
    findDebts: (input) => spoken(hub.request('tax:find', input, once), t, language),
    quoteDebts: (input) => spoken(hub.request('tax:quote', input, once), t, language),
    pay: (input) => spoken(hub.request('tax:pay', input, once), t, language),
    reprint: (input) => spoken(hub.request('document:reprint', input), t, language),
  };
}

/** {@link hubProcedurePort} over the hub client of the context, the same while it is. */
export function useHubProcedurePort(): ProcedurePort {
  const hub = useHub<CounterClientEvents>();
  const t = useT();
  const language = useLanguage();
  return useMemo(() => hubProcedurePort(hub, t, language), [hub, t, language]);
}
