import type { DomainError } from '@cac/shared/domain';
import type { AppError, ErrorCode } from '@cac/shared/protocol';
import { errorMessage } from '@cac/shared/i18n';

/** Builds an {@link AppError} whose message comes from the Spanish error catalog. */
export function appError(
  code: ErrorCode,
  params?: Readonly<Record<string, string | number>>,
  details?: Record<string, unknown>,
): AppError {
  const error: AppError = { code, message: errorMessage(code, params) };
  return details ? { ...error, details } : error;
}

/**
 * The refusal of input that failed its schema: the first problem in the sentence (with its field),
 * every problem in `details.issues` for programs.
 */
export function invalidPayload(error: {
  issues: readonly { path: readonly PropertyKey[]; message: string }[];
}): AppError {
  const first = error.issues[0];
  const path = (issue: { path: readonly PropertyKey[] }) => issue.path.map(String).join('.');
  return appError(
    'INVALID_PAYLOAD',
    { field: first ? path(first) : '', detail: first?.message ?? '' },
    { issues: error.issues.map((issue) => ({ path: path(issue), message: issue.message })) },
  );
}

/** Renders a domain refusal for people and programs. */
export function fromDomainError(error: DomainError): AppError {
  return appError(error.code, error.params);
}

/** HTTP status for each error code of the REST API. */
export function httpStatusOf(code: ErrorCode): number {
  switch (code) {
    case 'INVALID_PAYLOAD':
    case 'PROTOCOL_MISMATCH':
      return 400;
    case 'UNAUTHENTICATED':
    case 'INVALID_CREDENTIALS':
      return 401;
    case 'FORBIDDEN':
    case 'NOT_YOUR_WINDOW':
    case 'ACCOUNT_DISABLED':
      return 403;
    case 'NOT_FOUND':
    case 'UNKNOWN_SERVICE':
    case 'UNKNOWN_WINDOW':
    case 'UNKNOWN_TICKET':
    case 'EXPEDIENTE_NOT_FOUND':
    case 'UNKNOWN_USER':
    case 'UNKNOWN_DEVICE':
      return 404;
    case 'PAYLOAD_TOO_LARGE':
      return 413;
    case 'ACCOUNT_LOCKED':
    case 'RATE_LIMITED':
      return 429;
    case 'STORAGE_FAILED':
      return 503;
    case 'INTERNAL':
      return 500;
    default:
      // Every other code is a rule of the queue refusing the command in the current state.
      return 409;
  }
}
