// Public surface of the protocol. Explicit export lists only.
export type { AppError, Result } from './result';
export { err, ok } from './result';
export type { ErrorCode } from './error-codes';
export { ERROR_CODES } from './error-codes';
