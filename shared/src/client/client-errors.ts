import { COMMON_MESSAGES_ES } from '../i18n/catalogs/common.es';
import type { AppError } from '../protocol';

/**
 * Why a command failed on the client's side, before or without an answer from the hub: no answer
 * in time or no connection travel as `HUB_UNREACHABLE`, an answer that is not a Result as
 * `INTERNAL`; the reason is in `details.reason` for faces that word them differently.
 */
export const CLIENT_ERROR_REASONS = ['timeout', 'offline', 'bad-ack'] as const;

/** One of {@link CLIENT_ERROR_REASONS}. */
export type ClientErrorReason = (typeof CLIENT_ERROR_REASONS)[number];

const MESSAGES = {
  timeout: COMMON_MESSAGES_ES['common.error.timeout'],
  offline: COMMON_MESSAGES_ES['common.error.offline'],
  'bad-ack': COMMON_MESSAGES_ES['common.error.unexpected'],
} as const satisfies Record<ClientErrorReason, string>;

/**
 * Builds the error of a command that got no usable answer. `requestId` is included so that a
 * caller retrying by hand can send the same id and never create a second ticket.
 */
export function clientError(reason: ClientErrorReason, requestId?: string): AppError {
  return {
    code: reason === 'bad-ack' ? 'INTERNAL' : 'HUB_UNREACHABLE',
    message: MESSAGES[reason],
    details: requestId === undefined ? { reason } : { reason, requestId },
  };
}

/** The client-side reason of an error built by {@link clientError}, or null for a hub error. */
export function clientErrorReason(error: AppError): ClientErrorReason | null {
  const reason = error.details?.['reason'];
  return CLIENT_ERROR_REASONS.find((known) => known === reason) ?? null;
}
