import type { KIOSK_MESSAGES_ES } from './kiosk.es';

/** English version of {@link KIOSK_MESSAGES_ES}; it must have exactly the same keys. */
export const KIOSK_MESSAGES_EN = {
  'kiosk.documentTitle': 'Take your ticket',
  'kiosk.home.heading': 'Touch the service you came for',
  'kiosk.home.services': 'Services',
  'kiosk.home.empty': 'No services are available right now. Please ask at the information desk.',
  'kiosk.service.waiting': '{count|person waiting|people waiting}',
  'kiosk.service.nobodyWaiting': 'Nobody waiting',
  'kiosk.service.estimate': 'About {minutes} min wait',
  'kiosk.service.noWait': 'No wait',
  'kiosk.taking': 'Issuing your ticket…',
  'kiosk.ticket.heading': 'Take your ticket',
  'kiosk.ticket.yourNumber': 'Your number is',
  'kiosk.ticket.nobodyAhead': 'You are next',
  'kiosk.ticket.ahead': 'Ahead of you: {count|person|people}',
  'kiosk.ticket.estimate': 'Estimated wait: {minutes} min',
  'kiosk.ticket.back': 'Touch the screen to go back',
  'kiosk.error.heading': 'Your ticket could not be issued',
  'kiosk.error.back': 'Back to start',
  'kiosk.outOfService.heading': 'Out of service for a moment',
  'kiosk.outOfService.body':
    'We are restoring the connection. Please wait a moment or ask at the information desk.',
} as const satisfies Record<keyof typeof KIOSK_MESSAGES_ES, string>;
