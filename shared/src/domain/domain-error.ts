import type { ErrorCode } from '../protocol/error-codes';

/**
 * A rule said no. `params` fill the Spanish (or other) sentence that the i18n error catalog holds
 * for the code, e.g. `{ number: 'R-001' }`.
 */
export type DomainError = {
  code: ErrorCode;
  params?: Readonly<Record<string, string | number>>;
};

/** Builds a {@link DomainError}. */
export function domainError(
  code: ErrorCode,
  params?: Readonly<Record<string, string | number>>,
): DomainError {
  return params ? { code, params } : { code };
}
