import type { displayEs } from './display.es';

/** English version of {@link displayEs}; it must have exactly the same keys. */
export const displayEn = {
  'display.documentTitle': 'Turn display',
  'display.current.heading': 'Now serving',
  'display.current.goTo': 'Please go to',
  'display.current.none': 'The first number will be called soon',
  'display.recent.heading': 'Latest calls',
  'display.recent.none': 'No calls yet',
  'display.recent.number': 'Number',
  'display.recent.window': 'Window',
  'display.queues.heading': 'Waiting',
  'display.queues.service': 'Service',
  'display.queues.waiting': 'People',
  'display.queues.estimate': 'Approx. wait',
  'display.announcements.heading': 'Notices',
} as const satisfies Record<keyof typeof displayEs, string>;
