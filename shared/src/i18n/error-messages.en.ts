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
  },
};
