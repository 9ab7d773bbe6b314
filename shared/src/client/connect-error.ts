import { z } from 'zod';
import type { AppError, ErrorCode } from '../protocol';
import { ERROR_CODES } from '../protocol';

/**
 * Codes with which the hub's handshake middleware refuses a client for good: retrying with the
 * same credentials or the same build would be refused again, so the client stops and says why.
 */
export const TERMINAL_CONNECT_CODES = [
  'PROTOCOL_MISMATCH',
  'UNAUTHENTICATED',
  'DEVICE_NOT_PAIRED',
  'INVALID_CREDENTIALS',
  'ACCOUNT_LOCKED',
  'FORBIDDEN',
] as const satisfies readonly ErrorCode[];

const ConnectErrorDataSchema = z.object({
  code: z.enum(ERROR_CODES),
  message: z.string(),
  details: z.record(z.string(), z.unknown()).optional(),
});

/** How a `connect_error` should be handled. */
export type ConnectFailure = {
  /** The hub's coded refusal, or null for a transport failure (hub unreachable, timeout). */
  error: AppError | null;
  /** True when retrying is pointless (see {@link TERMINAL_CONNECT_CODES}). */
  terminal: boolean;
};

/**
 * Reads a socket.io `connect_error`. The hub's middleware puts `{ code, message }` in `err.data`;
 * anything else (no data, unknown shape) is a transport failure that socket.io retries by itself.
 */
export function readConnectError(error: Error & { data?: unknown }): ConnectFailure {
  const parsed = ConnectErrorDataSchema.safeParse(error.data);
  if (!parsed.success) return { error: null, terminal: false };
  const appError: AppError = parsed.data.details
    ? { code: parsed.data.code, message: parsed.data.message, details: parsed.data.details }
    : { code: parsed.data.code, message: parsed.data.message };
  const terminal = TERMINAL_CONNECT_CODES.some((code) => code === appError.code);
  return { error: appError, terminal };
}
