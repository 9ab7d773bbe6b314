import type { ErrorCode } from './error-codes';

/** A failure that crosses a boundary (socket ack, REST body): a stable code for programs and a message for people. */
export type AppError = {
  /** Stable, machine-readable code; never translated. */
  code: ErrorCode;
  /** Human-readable explanation, Spanish by default. */
  message: string;
  /** Optional machine-readable detail, e.g. which field of a payload was wrong. */
  details?: Record<string, unknown>;
};

/** The outcome of any command: the value, or a coded error. Never thrown across a socket. */
export type Result<T, E = AppError> = { ok: true; value: T } | { ok: false; error: E };

/** Builds a successful {@link Result}. */
export function ok<T>(value: T): { ok: true; value: T } {
  return { ok: true, value };
}

/** Builds a failed {@link Result}. */
export function err<E>(error: E): { ok: false; error: E } {
  return { ok: false, error };
}
