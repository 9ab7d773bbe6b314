import type { ErrorCode } from '../protocol/error-codes';
import type { Catalog } from './languages';

/**
 * English sentences for every error code (see `formatMessage` for the `{param}`,
 * `{n|singular|plural}` and `[[optional]]` syntax), saying what happened and what to do next.
 */
export const ERROR_MESSAGES_EN: Catalog<ErrorCode> = {
  language: 'en',
  reviewed: false,
  messages: {
    INVALID_PAYLOAD:
      'The data sent is not valid.[[ Please check the field “{field}”.]][[ Detail: {detail}]]',
    PAYLOAD_TOO_LARGE: 'The data sent is too large. Please send less at a time.',
    NOT_FOUND:
      'We could not find what you are looking for. Please check the number or address and try again.',
    PROTOCOL_MISMATCH:
      'This application speaks protocol version {received}, but the server expects version {expected}. Please reload the page or ask for the application to be updated.',
    RATE_LIMITED: 'Too many attempts in a row. Please wait {seconds|second|seconds} and try again.',
    INTERNAL:
      'Something unexpected went wrong in the system. Please try again; if it keeps happening, tell the support staff.',
    STORAGE_FAILED:
      'The operation could not be saved, so it was not carried out. Please try again; if it keeps happening, tell the support staff.',
    HUB_UNREACHABLE: 'The queue server does not answer. Check the connection and try again.',
    DEVICE_NOT_PAIRED:
      'This device is not paired with the office. Ask the support staff to set it up with its device key.',
    UNAUTHENTICATED: 'You are not signed in, or your session has expired. Please sign in again.',
    INVALID_CREDENTIALS: 'The user name or password is not correct.',
    ACCOUNT_LOCKED:
      'The account is locked after several failed attempts. Please try again in {minutes|minute|minutes}.',
    FORBIDDEN: 'Your account is not allowed to do this.',
    UNKNOWN_SERVICE: 'That service does not exist. Please choose one from the list.',
    SERVICE_INACTIVE: 'That service is not available right now. Please ask the information staff.',
    UNKNOWN_WINDOW: 'That window does not exist. Please choose one from the list.',
    UNKNOWN_TICKET: 'Ticket {ticketId} was not found.',
    OFFICE_CLOSED: 'The office is closed right now. Please check the opening hours.',
    WINDOW_CLOSED: 'The window is closed. Open it to call and serve citizens.',
    WINDOW_PAUSED: 'The window is paused. Resume service to continue.',
    WINDOW_TAKEN: 'Someone else is already working at that window.',
    WINDOW_BUSY:
      'The window already has a ticket in progress[[ ({number})]]. Finish it, transfer it or mark it as a no-show before calling another.',
    WINDOW_IDLE: 'The window has no ticket in progress.',
    WINDOW_NOT_PAUSED: 'The window is not paused, so there is nothing to resume.',
    NOT_YOUR_WINDOW: 'That window is run by someone else: you can only operate your own.',
    SERVICE_NOT_AT_WINDOW: 'This window does not offer that service.',
    QUEUE_EMPTY: 'Nobody is waiting for the services of this window.',
    ILLEGAL_TRANSITION: 'Ticket {number} {status}, so it cannot be {command}.',
    NO_SHOW_TOO_EARLY:
      'It is too early to mark a no-show: please wait {seconds|second|seconds} more, in case the person is on their way.',
    UNKNOWN_OUTCOME: 'That outcome does not exist. Please choose one from the list.',
    TRANSFER_TARGET_INVALID:
      'The ticket cannot be transferred there. Please choose another service or another open window.',
    ALREADY_OPEN_ELSEWHERE:
      'You already have another window open. Close it before opening this one.',
    EXPEDIENTE_NOT_FOUND:
      'We found no file with that number and key. Check the details on your receipt.',
    PROCEDURE_UNKNOWN:
      'That procedure does not belong to the ticket’s service[[ ({procedureId})]]. Please pick one from the list.',
    PROCEDURE_KIND_MISMATCH:
      'The procedure “{procedure}” is not registered with this form. Please open its own form.',
    TICKET_NOT_SERVING:
      'Ticket {number} is not being served. Start the attention before registering the procedure.',
    TICKET_NOT_AT_YOUR_WINDOW:
      'Ticket {number} is being served at another window: you can only register procedures for the ticket you serve.',
    WINDOW_REQUIRED: 'Open your window to print: documents come out of the window’s printer.',
    FREE_COPY_NOT_ALLOWED: 'The free first copy (Ley 29462) applies to birth records only.',
    RISK_LEVEL_UNKNOWN:
      'The risk level “{riskLevel}” is not configured for this procedure. Pick another or tell the administrator.',
    REQUIREMENT_UNKNOWN: 'The requirement “{requirement}” is not on this procedure’s list.',
    DOCUMENT_TYPE_UNKNOWN:
      'The document type “{documentType}” is not on the list. Please pick one from the list.',
    DESTINATION_OFFICE_UNKNOWN:
      'The office “{office}” is not on the list of destinations. Please pick one from the list.',
    FEE_UNAVAILABLE:
      'The fee cannot be computed: the UIT of {year} is missing. Please tell the administrator.',
    EXPEDIENTE_UNKNOWN: 'There is no expediente {number}. Please check the number.',
    EXPEDIENTE_MOVE_REFUSED: 'The expediente cannot move to that state.[[ {reason}]]',
    EXPEDIENTE_MOVED_MEANWHILE:
      'Someone else has just moved this expediente. Open it again to see its current state.',
    RECEIPT_NOT_FOUND: 'There is no receipt {receiptNumber}. Please check the number.',
    TAX_QUERY_INVALID:
      'The search value is not valid. Please check the taxpayer code, DNI/RUC or plate.',
    TAX_DEBT_NOT_FOUND: 'Debt {debtId} was not found. Please search the taxpayer’s debts again.',
    TAX_DEBT_ALREADY_PAID: 'Debt {debtId} has already been paid with receipt {receiptNumber}.',
    TAX_DEBTS_OF_SEVERAL_TAXPAYERS:
      'The chosen debts belong to different taxpayers. Register one payment per taxpayer.',
    TAX_NOTHING_TO_PAY: 'No debt was chosen to pay.',
    TAX_REFERENCE_REQUIRED: 'Enter the operation number of the card, transfer or Yape payment.',
    TAX_PAYMENT_ID_REUSED:
      'This payment was already registered with other debts (receipt {receiptNumber}). Please start a new payment.',
    TAX_LEDGER_UNAVAILABLE:
      'The tax system is not answering right now. Please try again in a few minutes.',
    ALREADY_RATED: 'This attention has already been rated. Thank you.',
    NOT_RATEABLE_YET:
      'This attention cannot be rated yet: you can rate it once you have been served.[[ {detail}]]',
    ACCOUNT_DISABLED: 'Your user was deactivated. Please ask the administrator.',
    CONFIG_CHANGED:
      'Someone else changed the configuration while you were editing. Reload it and make your change again.',
    SERVICE_IN_USE:
      'The service “{service}” cannot be removed: it has {count|ticket|tickets} of today waiting or being served. Deactivate it (no new tickets) and remove it once its queue is empty.',
    WINDOW_IN_USE:
      'The window “{window}” cannot be removed: it is open or paused, or tickets transferred to it are waiting. Ask for it to be closed and for those tickets to be served or moved, then try again.',
    USERNAME_TAKEN:
      'The user name “{username}” is already used by another user or device. Choose another one.',
    UNKNOWN_USER: 'There is no user “{userId}”. Reload the list of users.',
    LAST_ADMIN:
      'The office cannot be left without an administrator: “{userId}” is the last active administrator. Create or activate another administrator first.',
    CANNOT_DEACTIVATE_SELF:
      'You cannot deactivate your own user. Ask another administrator to do it.',
    UNKNOWN_DEVICE: 'There is no device “{deviceId}”. Reload the list of devices.',
    DEVICE_ID_TAKEN:
      'The id “{deviceId}” is already used by another device or user. Choose another one.',
  },
};
