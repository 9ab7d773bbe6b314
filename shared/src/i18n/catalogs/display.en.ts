import type { DISPLAY_MESSAGES_ES } from './display.es';

/** English version of {@link DISPLAY_MESSAGES_ES}; it must have exactly the same keys. */
export const DISPLAY_MESSAGES_EN = {
  'display.documentTitle': 'Turn display',
  'display.current.heading': 'Now serving',
  'display.current.goTo': 'Please go to',
  'display.current.none': 'The first number will be called soon',
  'display.recent.heading': 'Latest calls',
  'display.recent.none': 'No calls yet',
  'display.recent.number': 'Number',
  'display.recent.window': 'Window',
  'display.queues.heading': 'Waiting',
  'display.queues.people': '{count|person|people}',
  'display.queues.wait': '{minutes} min wait',
  'display.announcements.heading': 'Notices',
} as const satisfies Record<keyof typeof DISPLAY_MESSAGES_ES, string>;
