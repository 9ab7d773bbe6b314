import type { ScreenMessageKey } from './display-messages.es';

/** English version of the display's own sentences; it must have exactly the same keys. */
export const SCREEN_MESSAGES_EN = {
  'screen.current.preferential': 'Priority service',
  'screen.current.recall.2': 'Second call',
  'screen.current.recall.3': 'Third call',
  'screen.current.recall.4': 'Fourth call',
  'screen.current.recall.5': 'Fifth call',
  'screen.current.recall.more': 'Called again',
  'screen.category.pregnant': 'Pregnant',
  'screen.category.senior': 'Older adult',
  'screen.category.disability': 'Person with a disability',
  'screen.category.child': 'With a child in arms',
  'screen.recent.latest': 'Latest',
  'screen.media.label': 'Municipal information',
  'screen.logo': '{municipality} logo',
  'screen.sound.enable': 'Tap here to turn on the sound of the calls',
  'screen.sound.log': 'Calls announced',
  // The rating pad at a window (`?pad=<windowId>`, issue 7).
  'pad.idle': 'Thank you for your visit',
  'pad.idleHint': 'When you have been served, you can rate it here.',
  'pad.question': 'How was your service?',
  'pad.ticket': 'Ticket {number}',
  'pad.hint': 'Tap a face. It is anonymous.',
  'pad.score.1': 'Very bad',
  'pad.score.2': 'Bad',
  'pad.score.3': 'Fair',
  'pad.score.4': 'Good',
  'pad.score.5': 'Very good',
  'pad.thanks': 'Thank you!',
  'pad.thanksHint': 'Your opinion helps us serve you better.',
  'pad.unknownWindow':
    'Window “{windowId}” is not in the configuration. Check this screen’s address.',
} as const satisfies Record<ScreenMessageKey, string>;
