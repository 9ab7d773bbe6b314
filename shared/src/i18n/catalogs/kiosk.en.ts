import type { kioskEs } from './kiosk.es';

/** English version of {@link kioskEs}; it must have exactly the same keys. */
export const kioskEn = {
  'kiosk.documentTitle': 'Take your ticket',
  'kiosk.home.heading': 'Touch the service you came for',
  'kiosk.home.services': 'Services',
  'kiosk.home.empty': 'No services are available right now. Please ask at the information desk.',
  'kiosk.service.waiting.none': 'Nobody waiting',
  'kiosk.service.waiting.one': '1 person waiting',
  'kiosk.service.waiting.other': '{count} people waiting',
  'kiosk.service.estimate': 'About {minutes} min wait',
  'kiosk.service.noWait': 'No wait',
  'kiosk.taking': 'Issuing your ticket…',
  'kiosk.ticket.heading': 'Take your ticket',
  'kiosk.ticket.yourNumber': 'Your number is',
  'kiosk.ticket.ahead.none': 'You are next',
  'kiosk.ticket.ahead.one': 'There is 1 person ahead of you',
  'kiosk.ticket.ahead.other': 'There are {count} people ahead of you',
  'kiosk.ticket.estimate': 'Estimated wait: {minutes} min',
  'kiosk.ticket.back': 'Touch the screen to go back',
  'kiosk.error.heading': 'Your ticket could not be issued',
  'kiosk.error.back': 'Back to start',
  'kiosk.outOfService.heading': 'Out of service for a moment',
  'kiosk.outOfService.body':
    'We are restoring the connection. Please wait a moment or ask at the information desk.',
} as const satisfies Record<keyof typeof kioskEs, string>;
