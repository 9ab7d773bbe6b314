import type { Language } from '@cac/shared/i18n';
import type { AppError, ErrorCode } from '@cac/shared/protocol';
import { ERROR_CODES } from '@cac/shared/protocol';
import type { Translate } from '@cac/shared/react';
import { describeError } from '@cac/shared/react';
import type { PortError } from './expediente-port';

const KNOWN_CODES: ReadonlySet<string> = new Set(ERROR_CODES);

function isErrorCode(code: string): code is ErrorCode {
  return KNOWN_CODES.has(code);
}

/**
 * The sentence for a refusal: the hub's Spanish message as it wrote it, or the error catalog's
 * sentence in another language when the code is one the suite knows (else the hub's words).
 */
export function describePortError(error: PortError, t: Translate, language: Language): string {
  const { code } = error;
  if (!isErrorCode(code)) return error.message;
  const known: AppError = { ...error, code };
  return describeError(known, t, language);
}
