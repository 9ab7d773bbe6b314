/**
 * Every stable error code of the suite. Programs match on these; people read the message that the
 * i18n catalog renders for them. Adding a code means adding its message to every error catalog.
 */
export const ERROR_CODES = [
  // input and transport
  'INVALID_PAYLOAD',
  'PAYLOAD_TOO_LARGE',
  'NOT_FOUND',
  'PROTOCOL_MISMATCH',
  'RATE_LIMITED',
  'INTERNAL',
  /** No answer from the hub (timeout or no connection); produced by clients, never by the hub. */
  'HUB_UNREACHABLE',
  'STORAGE_FAILED',
  // authentication and authorization
  'UNAUTHENTICATED',
  /** A kiosk or display presented a key the office does not know. */
  'DEVICE_NOT_PAIRED',
  'INVALID_CREDENTIALS',
  'ACCOUNT_LOCKED',
  'FORBIDDEN',
  // domain
  'UNKNOWN_SERVICE',
  'SERVICE_INACTIVE',
  'UNKNOWN_WINDOW',
  'UNKNOWN_TICKET',
  'OFFICE_CLOSED',
  'WINDOW_CLOSED',
  'WINDOW_PAUSED',
  'WINDOW_TAKEN',
  'WINDOW_BUSY',
  'WINDOW_IDLE',
  'WINDOW_NOT_PAUSED',
  'NOT_YOUR_WINDOW',
  'SERVICE_NOT_AT_WINDOW',
  'QUEUE_EMPTY',
  'ILLEGAL_TRANSITION',
  'NO_SHOW_TOO_EARLY',
  'UNKNOWN_OUTCOME',
  'TRANSFER_TARGET_INVALID',
  'ALREADY_OPEN_ELSEWHERE',
  // -- expedientes
  'EXPEDIENTE_NOT_FOUND',
  // -- procedures at the window (issue 6)
  'PROCEDURE_UNKNOWN',
  'PROCEDURE_KIND_MISMATCH',
  'TICKET_NOT_SERVING',
  'TICKET_NOT_AT_YOUR_WINDOW',
  'WINDOW_REQUIRED',
  'FREE_COPY_NOT_ALLOWED',
  'RISK_LEVEL_UNKNOWN',
  'REQUIREMENT_UNKNOWN',
  'DOCUMENT_TYPE_UNKNOWN',
  'DESTINATION_OFFICE_UNKNOWN',
  'FEE_UNAVAILABLE',
  'EXPEDIENTE_UNKNOWN',
  'EXPEDIENTE_MOVE_REFUSED',
  'EXPEDIENTE_MOVED_MEANWHILE',
  'RECEIPT_NOT_FOUND',
  // -- tax ledger connector (hub/src/tax/tax-ledger.ts)
  'TAX_QUERY_INVALID',
  'TAX_DEBT_NOT_FOUND',
  'TAX_DEBT_ALREADY_PAID',
  'TAX_DEBTS_OF_SEVERAL_TAXPAYERS',
  'TAX_NOTHING_TO_PAY',
  'TAX_REFERENCE_REQUIRED',
  'TAX_PAYMENT_ID_REUSED',
  'TAX_LEDGER_UNAVAILABLE',
  // -- citizens' ratings (issue 7)
  'ALREADY_RATED',
  'NOT_RATEABLE_YET',
  // -- administration (issue 7)
  'ACCOUNT_DISABLED',
  'CONFIG_CHANGED',
  'SERVICE_IN_USE',
  'WINDOW_IN_USE',
  'USERNAME_TAKEN',
  'UNKNOWN_USER',
  'LAST_ADMIN',
  'CANNOT_DEACTIVATE_SELF',
  'UNKNOWN_DEVICE',
  'DEVICE_ID_TAKEN',
] as const;

/** One of {@link ERROR_CODES}. */
export type ErrorCode = (typeof ERROR_CODES)[number];
