import { clientErrorReason } from '../client';
import type { Language, MessageParams } from '../i18n';
import { errorMessage } from '../i18n';
import type { AppError } from '../protocol';
import type { Translate, UiMessageKey } from './ui-messages';

const CLIENT_REASON_KEYS = {
  timeout: 'common.error.timeout',
  offline: 'common.error.offline',
  'bad-ack': 'common.error.unexpected',
} as const satisfies Record<string, UiMessageKey>;

function paramsOf(details: AppError['details']): MessageParams {
  const params: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(details ?? {})) {
    if (typeof value === 'string' || typeof value === 'number') params[name] = value;
  }
  return params;
}

/**
 * The sentence to show for a failed command or request: the client's own failures (timeout,
 * offline) from the UI catalog; the hub's errors as the hub wrote them in Spanish, or from the
 * error catalog of another language.
 */
export function describeError(error: AppError, t: Translate, language: Language): string {
  const reason = clientErrorReason(error);
  if (reason) return t(CLIENT_REASON_KEYS[reason]);
  if (language === 'es' && error.message) return error.message;
  return errorMessage(error.code, paramsOf(error.details), language);
}
