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
} as const satisfies Record<ScreenMessageKey, string>;
