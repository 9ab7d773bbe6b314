import type { TICKET_MESSAGES_ES } from './ticket.es';

/** English version of {@link TICKET_MESSAGES_ES}; it must have exactly the same keys. */
export const TICKET_MESSAGES_EN = {
  'ticket.documentTitle': 'Ticket {number}',
  'ticket.heading': 'YOUR TICKET NUMBER IS',
  'ticket.preferential': 'Priority service: {category}',
  'ticket.category.pregnant': 'Pregnant',
  'ticket.category.senior': 'Senior citizen',
  'ticket.category.disability': 'Person with a disability',
  'ticket.category.child': 'With a small child',
  'ticket.date': 'Date: {date}',
  'ticket.time': 'Time: {time}',
  'ticket.ahead': 'People ahead of you: {count}',
  'ticket.nobodyAhead': 'You are next',
  'ticket.wait': 'Estimated wait: {minutes} min',
  'ticket.waitUnderOne': 'Estimated wait: under 1 min',
  'ticket.qrCaption': 'Follow your turn on your phone',
  'ticket.error.number': 'The ticket has no number.',
  'ticket.error.counts':
    'The people ahead of the ticket and the estimated wait must be whole numbers, 0 or more.',
  'ticket.error.category': 'The attention category “{value}” does not exist.',
  'ticket.error.issuedAt': 'The ticket’s issue date is not valid: “{value}”.',
  'ticket.error.timeZone':
    'The time zone “{value}” is not valid: use an IANA name such as "America/Lima".',
  'ticket.error.statusUrl':
    'The ticket’s status address could not be built from “{value}”: set the server’s public address (e.g. "http://192.168.1.10:8080").',
  'ticket.printer.offline':
    'The ticket printer could not be reached: it is off, disconnected or offline.',
  'ticket.printer.deviceMissing':
    'The ticket printer was not found at “{path}”: check that it is on and connected.',
  'ticket.printer.noPaper': 'The ticket printer is out of paper.',
  'ticket.printer.coverOpen': 'The ticket printer’s cover is open.',
  'ticket.printer.error': 'The ticket printer reports an error. Check it and try again.',
  'ticket.printer.connectionLost':
    'The connection to the printer dropped while the ticket was being sent. It may have come out incomplete: check the printer before printing it again.',
  'ticket.printer.deviceDenied':
    'The system may not write to the printer “{path}” (on Linux the user must belong to the lp group).',
  'ticket.printer.deviceFailed': 'Could not write to the printer “{path}” ({reason}).',
  'ticket.printer.queueMissing':
    'The print queue program “lp” (CUPS) was not found on this computer.',
  'ticket.printer.queueFailed': 'The print queue “{queue}” refused the ticket: {reason}',
  'ticket.printer.saveFailed':
    'The ticket could not be saved in the data folder ({reason}). Check the free space and the permissions.',
  'ticket.printer.timeout':
    'The ticket printer did not finish receiving the ticket in time. It may have come out incomplete: check the printer before printing it again.',
  'ticket.printer.statusTimeout':
    'The ticket printer did not answer the status query. If your model does not support it, turn it off in the printer settings.',
  'ticket.printer.statusUnreadable':
    'The ticket printer answered the status query with data that cannot be understood. If your model does not support it, turn it off in the printer settings.',
  'ticket.printer.unexpected': 'Printing failed because of an unexpected error ({reason}).',
  'ticket.printer.invalidConfig': 'The printer settings are not valid: {detail}',
} as const satisfies Record<keyof typeof TICKET_MESSAGES_ES, string>;
